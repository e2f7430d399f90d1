namespace RobotPlan.Permissions;

public static partial class RobotPlanPermissions
{
    /// <summary>补助申请: insurance compensation and first-purchase reward claims and their review .</summary>
    public static class Claims
    {
        public const string Default = Prefix + "Claims";
        /// <summary>Claim for the user's own enterprise (manufacturer or buyer).</summary>
        public const string Apply = Default + ".Apply";
        /// <summary>初审 of claims from the reviewer's jurisdiction.</summary>
        public const string DistrictReview = Default + ".DistrictReview";
        /// <summary>市经信委 review.</summary>
        public const string MunicipalReview = Default + ".MunicipalReview";
        /// <summary>财政确认: fixes the amount and reserves it on the programme budget.</summary>
        public const string FinanceReview = Default + ".FinanceReview";
    }
}
