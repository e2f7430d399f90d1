using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

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
        // ADR 0006 (P-8): on a heap every row pays ~28 bytes of header and the term rows' order needs a second B-tree
        // (26.7 KB per listing at 10,000): PostgreSQL keeps one row per Active listing with its terms in a GIN-indexed
        // array instead (ListingSearchDocument); SQLite keeps the term table.
        builder.Ignore<RobotPlan.ListingSearch.ListingSearchTerm>();
        // The document carries the text that confirms long keywords (ListingSearchDocument.Text).
        builder.Ignore<RobotPlan.ListingSearch.ActiveListingText>();
        builder.Entity<RobotPlan.ListingSearch.ListingSearchDocument>(b =>
        {
            b.ToTable("ListingSearchDocuments");
            b.HasKey(x => x.Number);
            b.Property(x => x.Number).HasMaxLength(CatalogListingConsts.MaxNumberLength);
            b.Property(x => x.CategoryCode).HasMaxLength(32).IsRequired();
            b.Property(x => x.Terms).IsRequired();
            // The term rows' value forms (day numbers, the jurisdiction's 16 bytes): one raw-SQL shape for both layouts.
            b.Property(x => x.ValidFrom).HasConversion<DayNumberConverter>();
            b.Property(x => x.ValidTo).HasConversion<DayNumberConverter>();
            b.Property(x => x.JurisdictionId).HasConversion<GuidToBytesConverter>().HasMaxLength(16);
            b.Property(x => x.Text).HasMaxLength(CatalogListingConsts.MaxSearchTextLength).IsRequired();
            b.HasIndex(x => x.Terms).HasMethod("gin");
            // The default order (newest first, then number): the first page of a common keyword is read in this order
            // and stops after the page, instead of sorting every match (1-character keyword at 100,000: 13.8 → 0.6 ms).
            b.HasIndex(x => new { x.ValidFrom, x.Number }).IsDescending(true, false);
        });
    }
}
