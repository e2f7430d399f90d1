using RobotPlan.CatalogListings;

namespace RobotPlan.Documents;

/// <summary>Reads for the open-data files: a cheap stamp for conditional requests, and the rows streamed in number order.</summary>
public interface IOpenDataQueries
{
    Task<OpenDataStamp> GetStampAsync(OpenDataFilter filter, CancellationToken ct = default);
    IAsyncEnumerable<OpenDataRow> StreamAsync(OpenDataFilter filter, CancellationToken ct = default);
}

/// <summary>A catalog's listings of one year (every state), or, with <see cref="ActiveOn"/>, those in force that day .</summary>
public sealed record OpenDataFilter(CatalogKind? Catalog, int? Year, DateOnly? ActiveOn);

public sealed record OpenDataStamp(int Count, DateTime? LastChangedUtc);

public sealed record OpenDataRow(string Number, CatalogKind Catalog, int Year, string ProductName, string ProductModel, string CategoryCode,
    string EnterpriseName, string? Uscc, Guid JurisdictionId, DateOnly ValidFrom, DateOnly ValidTo, CatalogListingStatus Status);
