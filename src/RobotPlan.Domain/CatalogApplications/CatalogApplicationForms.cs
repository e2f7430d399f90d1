namespace RobotPlan.CatalogApplications;

/// <summary>A technical indicator compared with the domestic and international state of the art.</summary>
public sealed record TechnicalIndicator(string Name, string Value, TechnologyLevel DomesticLevel, TechnologyLevel InternationalLevel);

/// <summary>An owned patent (自主知识产权).</summary>
public sealed record Patent(string Number, string Title);

/// <summary>The first-unit catalog's form (首台（套）): indicators, first sale, IP, localisation.</summary>
/// <param name="KeyPartLocalisationRate">Key-part localisation rate in percent, two decimals.</param>
public sealed record FirstUnitForm(
    IReadOnlyList<TechnicalIndicator> Indicators,
    string FirstSaleContractNumber,
    DateOnly FirstSaleDate,
    IReadOnlyList<Patent> Patents,
    decimal KeyPartLocalisationRate);

/// <summary>The key-procurement catalog's form: price (yuan), annual capacity, after-sales service in Chongqing.</summary>
public sealed record KeyProcurementForm(decimal Price, int AnnualCapacity, string AfterSalesService);

/// <summary>A file attached to an application, stored by <c>FileStore</c>.</summary>
public sealed record CatalogAttachment(CatalogAttachmentKind Kind, Guid FileId, string FileName);
