namespace RobotPlan.Permissions;

public static partial class RobotPlanPermissions
{
    /// <summary>拨付: payout batches, payments, reconciliation (finance) and clawback findings (municipal).</summary>
    public static class Payouts
    {
        public const string Default = Prefix + "Payouts";
        /// <summary>Submit, approve (four-eyes), release holds, retry, run reconciliation, record repayments.</summary>
        public const string Manage = Default + ".Manage";
        /// <summary>R-17/R-60: a municipal reviewer records a fraud finding on a paid award.</summary>
        public const string RecordFraud = Default + ".RecordFraud";
    }
}
