namespace RobotPlan.Web.Hosting;

/// <summary>The "RobotPlan" configuration section.</summary>
public sealed class RobotPlanHostOptions
{
    public const string SectionName = "RobotPlan";

    /// <summary>SQLite database, Hangfire file and uploads live here (default: App_Data under the content root).</summary>
    public string? DataFolder { get; set; }

    /// <summary>Migrate and seed on start (the embedded default). Production runs RobotPlan.DbMigrator instead.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Demo users and enterprises; honoured only in the Development environment.</summary>
    public bool SeedDemoData { get; set; } = true;
}
