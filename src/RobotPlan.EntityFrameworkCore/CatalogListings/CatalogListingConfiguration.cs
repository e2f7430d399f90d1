using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RobotPlan.ListingSearch;

namespace RobotPlan.EntityFrameworkCore.CatalogListings;

// Product, enterprise and application ids carry no foreign key: those tables belong to other features, and the
// listing is a public record that must outlive their edits.
internal sealed class CatalogListingConfiguration : IEntityTypeConfiguration<CatalogListing>
{
    public void Configure(EntityTypeBuilder<CatalogListing> b)
    {
        b.ToTable("CatalogListings");
        b.Property(x => x.Number).HasMaxLength(CatalogListingConsts.MaxNumberLength).IsRequired();
        b.Property(x => x.ProductName).HasMaxLength(ProductConsts.MaxNameLength).IsRequired();
        b.Property(x => x.ProductModel).HasMaxLength(ProductConsts.MaxModelLength).IsRequired();
        b.Property(x => x.CategoryCode).HasMaxLength(32).IsRequired();
        b.Property(x => x.EnterpriseName).HasMaxLength(256).IsRequired();
        b.Property(x => x.Description).HasMaxLength(ProductConsts.MaxDescriptionLength);
        b.Property(x => x.SearchText).HasMaxLength(CatalogListingConsts.MaxSearchTextLength).IsRequired();
        b.PrimitiveCollection(x => x.ReliedOnReportIds).HasField("_reliedOnReportIds");
        // gap-free per catalog and year; the unique indexes catch any bug in the counter.
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.Catalog, x.Year, x.Sequence }).IsUnique();
        b.HasIndex(x => new { x.Status, x.ValidTo });
        b.HasIndex(x => new { x.EnterpriseId, x.Status });
        b.HasIndex(x => x.ProductId);
        // One listing per application: a repeated or concurrent listing run cannot list a file twice.
        b.HasIndex(x => x.ApplicationId).IsUnique();
        b.HasMany(x => x.History).WithOne().HasForeignKey("CatalogListingId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CatalogListingStatusChangeConfiguration : IEntityTypeConfiguration<CatalogListingStatusChange>
{
    public void Configure(EntityTypeBuilder<CatalogListingStatusChange> b)
    {
        b.ToTable("CatalogListingStatusChanges");
        // Appended to a loaded listing's history: a set, never-generated key makes EF insert it rather than update.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Reason).HasMaxLength(CatalogListingConsts.MaxReasonLength).IsRequired();
        b.Property(x => x.DocumentNumber).HasMaxLength(CatalogListingConsts.MaxDocumentNumberLength);
    }
}

/// <summary>R-16's number counter: one row per (catalog, year), incremented inside the publishing transaction.</summary>
internal sealed class CatalogListingCounter
{
    public int Catalog { get; set; }
    public int Year { get; set; }
    public int LastSequence { get; set; }
}

internal sealed class CatalogListingCounterConfiguration : IEntityTypeConfiguration<CatalogListingCounter>
{
    public void Configure(EntityTypeBuilder<CatalogListingCounter> b)
    {
        b.ToTable("CatalogListingCounters");
        b.HasKey(x => new { x.Catalog, x.Year });
    }
}

internal sealed class ListingSearchTermConfiguration : IEntityTypeConfiguration<ListingSearchTerm>
{
    public void Configure(EntityTypeBuilder<ListingSearchTerm> b)
    {
        b.ToTable("ListingSearchTerms");
        // ADR 0006 (P-8): one term's rows in the default order (newest first, then number) with every filter and facet
        // column. On SQLite the key is the table (WITHOUT ROWID): a keyword's total and facets are one range of one
        // B-tree, its first page an ordered scan of that range that stops after the page, and each row is stored once.
        // PostgreSQL adds a covering index in the same order (PostgreSqlRobotPlanDbContext). Re-indexing finds a
        // listing's rows by key: its terms are recomputed from its text, fixed at publication like the other columns.
        b.HasKey(x => new { x.Term, x.ValidFrom, x.Number });
        b.ToSqliteWithoutRowIdTable(nameof(ListingSearchTerm.ValidFrom));
        b.Property(x => x.Term).HasMaxLength(SearchTerms.MaxTermLength);
        b.Property(x => x.Number).HasMaxLength(CatalogListingConsts.MaxNumberLength).IsRequired();
        b.Property(x => x.CategoryCode).HasMaxLength(32).IsRequired();
        // Compact values on the index's ~120 rows per listing: days (3 bytes in SQLite, not a 10-character date) and the
        // jurisdiction as 16 bytes, not a 36-character text.
        b.Property(x => x.ValidFrom).HasConversion<DayNumberConverter>();
        b.Property(x => x.ValidTo).HasConversion<DayNumberConverter>();
        b.Property(x => x.JurisdictionId).HasConversion<GuidToBytesConverter>().HasMaxLength(16);
    }
}

internal sealed class ActiveListingTextConfiguration : IEntityTypeConfiguration<ActiveListingText>
{
    public void Configure(EntityTypeBuilder<ActiveListingText> b)
    {
        b.ToTable("ActiveListingTexts");
        // ADR 0006 (P-1, 3+ characters): probed by number once per candidate of a long keyword; on SQLite the key is
        // the table (WITHOUT ROWID), so a probe is one descent of one narrow B-tree.
        b.HasKey(x => x.Number);
        b.ToSqliteWithoutRowIdTable();
        b.Property(x => x.Number).HasMaxLength(CatalogListingConsts.MaxNumberLength);
        b.Property(x => x.Text).HasMaxLength(CatalogListingConsts.MaxSearchTextLength).IsRequired();
    }
}
