using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace RobotPlan.EntityFrameworkCore;

/// <summary>Applies pending migrations, then runs every data seed contributor (all re-runnable).</summary>
public sealed class DatabaseMigrator(RobotPlanDbContext db, RobotPlanDatabase database,
    IEnumerable<IDataSeedContributor> contributors, ILogger<DatabaseMigrator> logger)
{
    /// <summary>Migrates, then seeds — always, or (<paramref name="seedOnlyAfterMigrating"/>) only when a migration was applied.</summary>
    /// <returns>Whether any migration was applied.</returns>
    public async Task<bool> MigrateAndSeedAsync(DataSeedContext context, CancellationToken ct = default, bool seedOnlyAfterMigrating = false)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while one writer commits; the setting is stored in the database file.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migrations on {Provider}", pending.Count, database.Provider);
            await db.Database.MigrateAsync(ct);
        }
        if (seedOnlyAfterMigrating && pending.Count == 0) return false;
        // Issue #16: a first start says what it is doing; the figure also keeps the demo seeding's cost in view
        // (each start in Development, each web test run's template, hosts on a fake clock).
        var seeding = Stopwatch.StartNew();
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            await contributor.SeedAsync(context, ct);
            await db.SaveChangesAsync(ct);
        }
        logger.LogInformation("Seeded the data in {ElapsedMs} ms (demo data: {Demo})", seeding.ElapsedMilliseconds, context.IncludeDemoData);
        return pending.Count > 0;
    }
}
