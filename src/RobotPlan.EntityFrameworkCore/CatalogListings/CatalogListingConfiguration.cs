using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RobotPlan.CatalogListings;
using RobotPlan.Products;
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
        // ADR 0006: built for the keyword-less buyer search (R-18 test, filters, facet columns, sort keys). Since every
        // search reads the term rows (issue #13, one matching path) no search query uses this index or the next one;
        // they go when the index redesign for P-8 regenerates the migration.
        b.HasIndex(x => new { x.Id, x.IsDeleted, x.Status, x.ValidFrom, x.ValidTo, x.Catalog, x.CategoryCode, x.JurisdictionId, x.EnterpriseId, x.Number })
            .HasDatabaseName("IX_CatalogListings_Search");
        // ADR 0006: the default order (newest first, then number) with the same columns; see above.
        b.HasIndex(x => new { x.ValidFrom, x.Number, x.Id, x.IsDeleted, x.Status, x.ValidTo, x.Catalog, x.CategoryCode, x.JurisdictionId, x.EnterpriseId })
            .IsDescending(true, false, false, false, false, false, false, false, false, false)
            .HasDatabaseName("IX_CatalogListings_SearchOrder");
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
        // The key is the (term, listingId) index every keyword lookup reads; listingId alone serves re-indexing.
        b.HasKey(x => new { x.Term, x.ListingId });
        b.Property(x => x.Term).HasMaxLength(SearchTerms.MaxTermLength);
        b.HasIndex(x => x.ListingId);
        b.Property(x => x.CategoryCode).HasMaxLength(32).IsRequired();
        b.Property(x => x.Number).HasMaxLength(CatalogListingConsts.MaxNumberLength).IsRequired();
        b.Property(x => x.Contexts).HasMaxLength(SearchTerms.MaxContextsLength);
        // ADR 0006: one term's rows in the default order (newest first, then number) with every filter and facet column:
        // a keyword's total and facets are an index-only range scan, its first page an ordered scan that stops at the
        // page's end. EnterpriseId is a filter only, ListingId the way back to the page's rows, Contexts the check of a
        // longer keyword segment (third revision) — so even that never leaves the index.
        b.HasIndex(x => new { x.Term, x.ValidFrom, x.Number, x.ValidTo, x.Catalog, x.CategoryCode, x.JurisdictionId, x.EnterpriseId, x.ListingId, x.Contexts })
            .IsDescending(false, true, false, false, false, false, false, false, false, false)
            .HasDatabaseName("IX_ListingSearchTerms_Search");
        b.HasOne<CatalogListing>().WithMany().HasForeignKey(x => x.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}
