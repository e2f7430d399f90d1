namespace RobotPlan.Units;

/// <summary>
/// 单台设备登记 (产品质量追溯): one delivered unit of a product, by serial number — who made it, when, who bought it,
/// where it is installed — and the quality incidents reported against it (append-only).
/// </summary>
public class ProductUnit : AggregateRoot
{
    private readonly List<QualityIncident> _incidents = [];

    public Guid EnterpriseId { get; private set; }
    public Guid ProductId { get; private set; }
    public string SerialNumber { get; private set; } = null!;
    public DateOnly? ManufactureDate { get; private set; }
    public string? BuyerName { get; private set; }
    public string? BuyerUscc { get; private set; }
    public DateOnly? DeliveryDate { get; private set; }
    public string? InstallationSite { get; private set; }
    public UnitSource Source { get; private set; }
    public IReadOnlyList<QualityIncident> Incidents => _incidents;

    private ProductUnit() { }

    public ProductUnit(Guid enterpriseId, Guid productId, string? serialNumber, DateOnly? manufactureDate, string? buyerName, string? buyerUscc,
        DateOnly? deliveryDate, string? installationSite, UnitSource source)
    {
        if (string.IsNullOrWhiteSpace(serialNumber)) throw new BusinessException(CreditErrorCodes.SerialNumberRequired, "serialNumber");
        EnterpriseId = enterpriseId;
        ProductId = productId;
        SerialNumber = serialNumber.Trim();
        Source = source;
        Describe(manufactureDate, buyerName, buyerUscc, deliveryDate, installationSite);
    }

    public void Describe(DateOnly? manufactureDate, string? buyerName, string? buyerUscc, DateOnly? deliveryDate, string? installationSite)
    {
        if (manufactureDate is { } made && deliveryDate is { } delivered && delivered < made)
            throw new BusinessException(CreditErrorCodes.DatesInvalid, "deliveryDate");
        ManufactureDate = manufactureDate;
        BuyerName = Clean(buyerName);
        BuyerUscc = Clean(buyerUscc)?.ToUpperInvariant();
        DeliveryDate = deliveryDate;
        InstallationSite = Clean(installationSite);
    }

    /// <summary>A policy's insured unit fills what the registry does not know yet; false when it added nothing (re-runnable).</summary>
    public bool FillFromPolicy(string buyerName, string buyerUscc, DateOnly deliveryDate)
    {
        var changed = false;
        if (BuyerName is null) { BuyerName = buyerName.Trim(); changed = true; }
        if (BuyerUscc is null) { BuyerUscc = buyerUscc.Trim().ToUpperInvariant(); changed = true; }
        if (DeliveryDate is null && (ManufactureDate is null || deliveryDate >= ManufactureDate)) { DeliveryDate = deliveryDate; changed = true; }
        return changed;
    }

    public QualityIncident ReportIncident(IncidentReporterKind reporterKind, Guid? reporterUserId, string reporterName, DateOnly occurredOn,
        IncidentSeverity severity, string? description, Guid? evidenceFileId, DateOnly today, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(description)) throw new BusinessException(CreditErrorCodes.DescriptionRequired, "description");
        if (occurredOn > today || (DeliveryDate is { } delivered && occurredOn < delivered))
            throw new BusinessException(CreditErrorCodes.DatesInvalid, "occurredOn");
        var incident = new QualityIncident(reporterKind, reporterUserId, reporterName, occurredOn, severity, description.Trim(), evidenceFileId, now);
        _incidents.Add(incident);
        AddDomainEvent(new QualityIncidentReported(Id, incident.Id, ProductId, EnterpriseId, severity));
        return incident;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>质量事故: reported against one unit; never edited. A reviewer's one-step suspension is recorded on it.</summary>
public class QualityIncident : Entity
{
    public IncidentReporterKind ReporterKind { get; private set; }
    public Guid? ReporterUserId { get; private set; }
    public string ReporterName { get; private set; } = null!;
    public DateOnly OccurredOn { get; private set; }
    public IncidentSeverity Severity { get; private set; }
    public string Description { get; private set; } = null!;
    public Guid? EvidenceFileId { get; private set; }
    public DateTime ReportedAt { get; private set; }
    public DateTime? ListingsSuspendedAt { get; private set; }
    public Guid? SuspendedById { get; private set; }

    private QualityIncident() { }

    internal QualityIncident(IncidentReporterKind reporterKind, Guid? reporterUserId, string reporterName, DateOnly occurredOn,
        IncidentSeverity severity, string description, Guid? evidenceFileId, DateTime now)
    {
        ReporterKind = reporterKind;
        ReporterUserId = reporterUserId;
        ReporterName = reporterName;
        OccurredOn = occurredOn;
        Severity = severity;
        Description = description;
        EvidenceFileId = evidenceFileId;
        ReportedAt = now;
    }

    /// <summary>Only a Major incident grounds the one-step suspension (R-17: a credit or evidence problem, reversible).</summary>
    public void MarkListingsSuspended(Guid? reviewerId, DateTime now)
    {
        if (Severity != IncidentSeverity.Major) throw new BusinessException(CreditErrorCodes.IncidentNotMajor);
        ListingsSuspendedAt = now;
        SuspendedById = reviewerId;
    }
}

public sealed record QualityIncidentReported(Guid UnitId, Guid IncidentId, Guid ProductId, Guid EnterpriseId, IncidentSeverity Severity) : IDomainEvent;
