namespace RobotPlan.CatalogListings;

// Only the DTO's members must be mapped: audit and event members of the aggregate are left out on purpose.
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class CatalogListingMapper
{
    public static partial CatalogListingDto ToDto(this CatalogListing listing);

    private static partial CatalogListingStatusChangeDto ToDto(CatalogListingStatusChange change);
}
