using RobotPlan.SeedWork;

namespace RobotPlan.CatalogListings;

/// <summary>R-17: every change records reason, source document number and date, who, and when (UTC).</summary>
public sealed class CatalogListingStatusChange : Entity
{
    public CatalogListingStatus? From { get; private set; }
    public CatalogListingStatus To { get; private set; }
    public string Reason { get; private set; } = null!;
    public string? DocumentNumber { get; private set; }
    public DateOnly DocumentDate { get; private set; }
    public Guid? ActorId { get; private set; }
    public DateTime ChangedAt { get; private set; }

    private CatalogListingStatusChange() { }

    internal CatalogListingStatusChange(CatalogListingStatus? from, CatalogListingStatus to, string reason, string? documentNumber,
        DateOnly documentDate, Guid? actorId, DateTime changedAt)
    {
        From = from;
        To = to;
        Reason = reason;
        DocumentNumber = documentNumber;
        DocumentDate = documentDate;
        ActorId = actorId;
        ChangedAt = changedAt;
    }
}

/// <summary>The decision behind a manual change: why, and which official document (文号) of which date says so.</summary>
public sealed record StatusDocument
{
    public string Reason { get; }
    public string? DocumentNumber { get; }
    public DateOnly DocumentDate { get; }

    public StatusDocument(string reason, string? documentNumber, DateOnly documentDate)
    {
        Reason = reason.Trim();
        DocumentNumber = documentNumber?.Trim();
        DocumentDate = documentDate;
    }

    /// <summary>A reviewer's change must name its reason and document; the jobs cite the rule instead.</summary>
    public static StatusDocument Manual(string? reason, string? documentNumber, DateOnly? documentDate)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(CatalogListingErrorCodes.ReasonRequired, "reason");
        if (string.IsNullOrWhiteSpace(documentNumber)) throw new BusinessException(CatalogListingErrorCodes.DocumentRequired, "documentNumber");
        if (documentDate is null) throw new BusinessException(CatalogListingErrorCodes.DocumentRequired, "documentDate");
        return new StatusDocument(reason, documentNumber, documentDate.Value);
    }
}
