namespace RobotPlan.EntityFrameworkCore;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
