namespace RobotPlan.CatalogApplications;

/// <summary>Display names a file's DTO carries besides its own fields.</summary>
public sealed record CatalogApplicationNames(string? BatchTitle, string? EnterpriseName, string? ProductName, string? ProductModel);

public static class CatalogApplicationMapper
{
    public static CatalogApplicationDto ToDto(this CatalogApplication a, CatalogApplicationNames n, bool withHistory) => new(
        a.Id, a.BatchId, n.BatchTitle, a.Catalog, a.EnterpriseId, n.EnterpriseName, a.ProductId, n.ProductName, n.ProductModel,
        a.Status, a.StatusChangedAt, a.SubmittedAt, a.StatusReason, a.ExpertMeanScore, a.ListingId,
        a.FirstUnit is { } f ? ToDto(f) : null, a.KeyProcurement is { } k ? ToDto(k) : null,
        a.Attachments.Select(x => new CatalogAttachmentDto(x.Kind, x.FileId, x.FileName)).ToList(),
        withHistory
            ? a.History.OrderBy(h => h.Sequence).Select(h => new CatalogApplicationHistoryDto(h.ActorId, h.ActorName, h.ActorRole,
                h.ActorJurisdictionId, h.At, h.From, h.To, h.Comment)).ToList()
            : [],
        a.CreationTime, a.ConcurrencyStamp);

    public static FirstUnitForm ToForm(this FirstUnitFormDto d) => new(
        d.Indicators.Select(i => new TechnicalIndicator(i.Name.Trim(), i.Value.Trim(), i.DomesticLevel, i.InternationalLevel)).ToList(),
        d.FirstSaleContractNumber.Trim(), d.FirstSaleDate ?? default, d.Patents.Select(p => new Patent(p.Number.Trim(), p.Title.Trim())).ToList(),
        Math.Round(d.KeyPartLocalisationRate, 2, MidpointRounding.AwayFromZero));

    public static KeyProcurementForm ToForm(this KeyProcurementFormDto d) => new(d.Price, d.AnnualCapacity, d.AfterSalesService.Trim());

    private static FirstUnitFormDto ToDto(FirstUnitForm f) => new()
    {
        Indicators = f.Indicators.Select(i => new TechnicalIndicatorDto
            { Name = i.Name, Value = i.Value, DomesticLevel = i.DomesticLevel, InternationalLevel = i.InternationalLevel }).ToList(),
        FirstSaleContractNumber = f.FirstSaleContractNumber,
        FirstSaleDate = f.FirstSaleDate,
        Patents = f.Patents.Select(p => new PatentDto { Number = p.Number, Title = p.Title }).ToList(),
        KeyPartLocalisationRate = f.KeyPartLocalisationRate,
    };

    private static KeyProcurementFormDto ToDto(KeyProcurementForm k) =>
        new() { Price = k.Price, AnnualCapacity = k.AnnualCapacity, AfterSalesService = k.AfterSalesService };

    public static EligibilityDto ToDto(this EligibilityResult r) =>
        new(r.IsEligible, r.Checks.Select(c => new EligibilityCheckDto(c.Rule, c.Passed, c.ReasonCode)).ToList());

    public static CatalogAttachment ToAttachment(this StoredFileDto f, CatalogAttachmentKind kind) => new(kind, f.Id, f.FileName);
}
