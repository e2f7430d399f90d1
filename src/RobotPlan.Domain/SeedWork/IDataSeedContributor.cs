namespace RobotPlan.SeedWork;

/// <summary>Seeds one kind of data; run by the DbMigrator, the Web host's first start and the test base. Must be re-runnable.</summary>
public interface IDataSeedContributor
{
    /// <summary>Lower runs first (reference data before demo data).</summary>
    int Order { get; }

    Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken);
}

public sealed record DataSeedContext(bool IncludeDemoData);
