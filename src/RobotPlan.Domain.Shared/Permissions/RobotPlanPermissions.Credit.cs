namespace RobotPlan.Permissions;

public static partial class RobotPlanPermissions
{
    /// <summary>信用档案: read the records; municipal reviewers keep them.</summary>
    public static class Credit
    {
        public const string Default = Prefix + "Credit";
        /// <summary>Create, end, correct, import and export records.</summary>
        public const string Manage = Default + ".Manage";
    }

    /// <summary>产品质量追溯: the unit registry, quality incidents and the trace.</summary>
    public static class Units
    {
        public const string Default = Prefix + "Units";
        /// <summary>Register delivered units of the user's own enterprise.</summary>
        public const string Register = Default + ".Register";
        /// <summary>Report a quality incident (buyer or manufacturer enterprise, testing body).</summary>
        public const string ReportIncident = Default + ".ReportIncident";
    }

    /// <summary>Tamper-evident history: verify the hash chains.</summary>
    public static class History
    {
        public const string Verify = Prefix + "History.Verify";
    }
}
