namespace RobotPlan.EntityFrameworkCore;

/// <summary>SQLite (embedded default); its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteRobotPlanDbContext(DbContextOptions<SqliteRobotPlanDbContext> options) : RobotPlanDbContext(options)
{
    // A save waits for its turn to write (SqliteWriteQueue); inside a transaction the turn was taken when it began.
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        using (await SqliteWriteQueue.EnterAsync(this, cancellationToken))
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (Database.CurrentTransaction is not null) return base.SaveChanges(acceptAllChangesOnSuccess);
        using (SqliteWriteQueue.Enter(this))
            return base.SaveChanges(acceptAllChangesOnSuccess);
    }
}

/// <summary>PostgreSQL (production); its migrations live in Migrations/PostgreSql.</summary>
public sealed class PostgreSqlRobotPlanDbContext(DbContextOptions<PostgreSqlRobotPlanDbContext> options) : RobotPlanDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // ADR 0006 (P-8): a heap table cannot be clustered, so the term rows' search order is a covering index — a
        // keyword's total, facets and page are an index-only scan of one range (the heap is visited only for pages not
        // yet all-visible after a change).
        builder.Entity<RobotPlan.ListingSearch.ListingSearchTerm>()
            .HasIndex(x => new { x.Term, x.ValidFrom, x.Number })
            .IsDescending(false, true, false)
            .IncludeProperties(x => new { x.ValidTo, x.Catalog, x.CategoryCode, x.JurisdictionId })
            .HasDatabaseName("IX_ListingSearchTerms_Search");
    }
}
