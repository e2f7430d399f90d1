namespace RobotPlan.SeedWork;

/// <summary>Seeds one kind of data; run by the DbMigrator, the Web host's first start and the test base. Must be re-runnable.</summary>
public interface IDataSeedContributor
{
    /// <summary>Lower runs first (reference data before demo data).</summary>
    int Order { get; }

    Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken);
}

/// <param name="IncludeDemoData">Demo users, enterprises, products and experts (Development only).</param>
/// <param name="IncludeDemoActivity">Also demo batches, files in review, a running notice and listings; application tests
/// leave it out and build exactly the state they test.</param>
public sealed record DataSeedContext(bool IncludeDemoData, bool IncludeDemoActivity = true);
