using RobotPlan.CatalogListings;

namespace RobotPlan.Documents;

/// <summary>The catalogs as open data (CSV, JSON) at stable URLs; fields in etc/docs/open-data.md.</summary>
public interface IOpenDataAppService
{
    /// <summary>What a poller compares: changes whenever a row of the set would (and daily for "active today").</summary>
    Task<OpenDataStampDto> GetStampAsync(OpenDataSet set, CancellationToken ct = default);
    /// <summary>Written row by row as read (100,000 listings never sit in memory).</summary>
    Task WriteCsvAsync(OpenDataSet set, Stream output, CancellationToken ct = default);
    Task WriteJsonAsync(OpenDataSet set, Stream output, CancellationToken ct = default);
}

/// <summary>One catalog's list of one year (every state), or, with both null, every listing in force today .</summary>
public sealed record OpenDataSet(CatalogKind? Catalog, int? Year)
{
    public static readonly OpenDataSet ActiveToday = new(null, null);
    public bool IsActiveToday => Catalog is null;
}

public sealed record OpenDataStampDto(string ETag, DateTime LastModifiedUtc, int Count);

/// <summary>The JSON open-data file (etc/docs/open-data.md): which set, where its fields are explained, and its listings.</summary>
public sealed record OpenDataFileDto(string Dataset, string FieldsDocumentation, IReadOnlyList<OpenDataListingDto> Items);

/// <summary>One listing as open data; every field is present, <c>year</c> a number and the others strings or null.</summary>
public sealed record OpenDataListingDto(string Number, string Catalog, int Year, string ProductName, string ProductModel, string CategoryCode,
    string? CategoryName, string EnterpriseName, string? Uscc, string? Jurisdiction, string ValidFrom, string ValidTo, string Status,
    string PageUrl, string CertificateUrl);
