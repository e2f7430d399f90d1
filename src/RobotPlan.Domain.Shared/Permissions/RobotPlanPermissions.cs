namespace RobotPlan.Permissions;

/// <summary>
/// Permission names (ABP convention: "RobotPlan.Area.Action"). Each is one authorization policy;
/// roles get them through seeded role claims (<see cref="RolePermissionGrants"/>).
/// </summary>
public static partial class RobotPlanPermissions
{
    private const string Prefix = "RobotPlan.";

    public static class Enterprises
    {
        public const string Default = Prefix + "Enterprises";
        /// <summary>Edit the profile and bank account of the user's own enterprise.</summary>
        public const string EditOwn = Default + ".EditOwn";
        /// <summary>Grant the R-2 cross-region exception, move to another jurisdiction.</summary>
        public const string Manage = Default + ".Manage";
        /// <summary>企业实名核验: the district reviewer verifies or rejects enterprises of its jurisdiction (issue #14).</summary>
        public const string Verify = Default + ".Verify";
    }

    public static class Products
    {
        public const string Default = Prefix + "Products";
        public const string Manage = Default + ".Manage";
    }

    public static class TestReports
    {
        public const string Default = Prefix + "TestReports";
        /// <summary>Issue, supersede and withdraw the reports of the user's own testing body.</summary>
        public const string Issue = Default + ".Issue";
    }

    /// <summary>Catalog inclusion (入目录): batches, applications and their reviews, notices, listings.</summary>
    public static class Catalogs
    {
        public const string Default = Prefix + "Catalogs";
        /// <summary>Create and run batches (申报批次): windows, rubric, parameters.</summary>
        public const string ManageBatches = Default + ".ManageBatches";
        /// <summary>Apply for the user's own enterprise's products.</summary>
        public const string Apply = Default + ".Apply";
        /// <summary>初审 of files from the reviewer's jurisdiction.</summary>
        public const string DistrictReview = Default + ".DistrictReview";
        /// <summary>形式审查, drawing expert panels, deciding, publishing notices, resolving objections.</summary>
        public const string MunicipalReview = Default + ".MunicipalReview";
        /// <summary>Declare conflicts and score assigned files.</summary>
        public const string ExpertReview = Default + ".ExpertReview";
        /// <summary>Maintain expert profiles (fields, employer, declared conflicts).</summary>
        public const string ManageExperts = Default + ".ManageExperts";
        /// <summary>Suspend, reinstate and revoke listings.</summary>
        public const string ManageListings = Default + ".ManageListings";
    }

    /// <summary>Subsidy programmes (资金项目): budgets and versioned parameters.</summary>
    public static class Subsidies
    {
        public const string Default = Prefix + "Subsidies";
        public const string ManagePrograms = Default + ".ManagePrograms";
    }

    /// <summary>首台（套）综合险保单: the manufacturer registers its policies; programme-wide roles read them.</summary>
    public static class Insurance
    {
        public const string Default = Prefix + "Insurance";
        public const string Manage = Default + ".Manage";
    }

    public static class ReferenceData
    {
        public const string Manage = Prefix + "ReferenceData.Manage";
    }

    public static class Calendar
    {
        public const string Manage = Prefix + "Calendar.Manage";
    }

    /// <summary>三员分立 (issue #14): the system administrator keeps the accounts, the security administrator their access.</summary>
    public static class Users
    {
        /// <summary>List and read users (both administrators need to find the account they act on).</summary>
        public const string Default = Prefix + "Users";
        /// <summary>System administrator: create users with a business role, reset passwords.</summary>
        public const string Manage = Default + ".Manage";
        /// <summary>Security administrator: lock, unlock, change roles (the administrators' too), reset second factors.</summary>
        public const string ManageSecurity = Default + ".ManageSecurity";
    }

    public static class AuditLogs
    {
        public const string Default = Prefix + "AuditLogs";
    }

    public static class BackgroundJobs
    {
        /// <summary>The Hangfire dashboard.</summary>
        public const string Dashboard = Prefix + "BackgroundJobs.Dashboard";
    }

    /// <summary>Operators' endpoints: the Prometheus scrape (unless from an allowed network) and the in-process sandbox's knobs.</summary>
    public static class Operations
    {
        public const string Metrics = Prefix + "Operations.Metrics";
        public const string TreasurySandbox = Prefix + "Operations.TreasurySandbox";
    }

    public static IReadOnlyList<string> All { get; } = typeof(RobotPlanPermissions).GetNestedTypes()
        .SelectMany(t => t.GetFields())
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();
}
