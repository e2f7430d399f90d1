using RobotPlan.SeedWork;
using E = RobotPlan.CatalogListings.CatalogListingErrorCodes;

namespace RobotPlan.CatalogListings;

/// <summary>
/// 目录条目: a product published in a catalog. Other aggregates are referenced by id only; the product's
/// and enterprise's names are a snapshot of what was approved, so the public record and buyer search never join
/// tables that keep changing after publication.
/// </summary>
public class CatalogListing : AggregateRoot
{
    /// <summary>The reason stored on the first history row: the rule that listed the file; pages show it in words.</summary>
    public const string PublishedReason = "R-16";

    private readonly List<CatalogListingStatusChange> _history = [];
    private readonly List<Guid> _reliedOnReportIds = [];

    public string Number { get; private set; } = null!;
    public CatalogKind Catalog { get; private set; }
    public int Year { get; private set; }
    public int Sequence { get; private set; }
    public Guid ProductId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public string ProductName { get; private set; } = null!;
    public string ProductModel { get; private set; } = null!;
    public string CategoryCode { get; private set; } = null!;
    public string EnterpriseName { get; private set; } = null!;
    public Guid JurisdictionId { get; private set; }
    public string? Description { get; private set; }
    /// <summary>Normalized text for the exact substring check after the term index narrowed the candidates (ADR 0006).</summary>
    public string SearchText { get; private set; } = null!;
    public DateOnly ValidFrom { get; private set; }
    public DateOnly ValidTo { get; private set; }
    /// <summary>The R-16 parameter value this listing was published with.</summary>
    public int ValidityYears { get; private set; }
    public CatalogListingStatus Status { get; private set; }
    /// <summary>Set when the R-17 expiry warning went out, so it goes out once.</summary>
    public DateTime? ExpiryWarningSentAt { get; private set; }
    public IReadOnlyList<Guid> ReliedOnReportIds => _reliedOnReportIds;
    public IReadOnlyList<CatalogListingStatusChange> History => _history;

    private CatalogListing() { }

    internal CatalogListing(CatalogKind catalog, int sequence, Guid productId, Guid enterpriseId, Guid applicationId,
        CatalogListingSnapshot snapshot, IEnumerable<Guid> reliedOnReportIds, DateOnly publicationDate, int validityYears,
        Guid? actorId, DateTime now)
    {
        if (validityYears is < 1 or > 10) throw new BusinessException(E.InvalidValidity, "validityYears");
        Catalog = catalog;
        Year = publicationDate.Year;
        Sequence = sequence;
        Number = ListingNumber.Format(catalog, Year, sequence);
        ProductId = productId;
        EnterpriseId = enterpriseId;
        ApplicationId = applicationId;
        ProductName = snapshot.ProductName;
        ProductModel = snapshot.ProductModel;
        CategoryCode = snapshot.CategoryCode;
        EnterpriseName = snapshot.EnterpriseName;
        JurisdictionId = snapshot.JurisdictionId;
        Description = snapshot.Description;
        SearchText = ListingSearchText.Of(snapshot);
        _reliedOnReportIds.AddRange(reliedOnReportIds.Distinct());
        ValidFrom = publicationDate;
        ValidTo = publicationDate.AddYears(validityYears);
        ValidityYears = validityYears;
        Status = CatalogListingStatus.Active;
        _history.Add(new CatalogListingStatusChange(null, Status, PublishedReason, null, publicationDate, actorId, now));
        AddDomainEvent(new CatalogListingStatusChanged(this));
    }

    /// <summary>R-18: what buyer search shows.</summary>
    public bool IsSearchableOn(DateOnly date) => Status == CatalogListingStatus.Active && ValidFrom <= date && date < ValidTo;

    public void Suspend(StatusDocument document, Guid? actorId, DateTime now) =>
        Move(CatalogListingStatus.Suspended, document, actorId, now, CatalogListingStatus.Active);

    public void Reinstate(StatusDocument document, Guid? actorId, DateTime now) =>
        Move(CatalogListingStatus.Active, document, actorId, now, CatalogListingStatus.Suspended);

    /// <summary>Final: fraud, major incident, serious dishonesty, lost IP or certification, left Chongqing.</summary>
    public void Revoke(StatusDocument document, Guid? actorId, DateTime now) =>
        Move(CatalogListingStatus.Revoked, document, actorId, now, CatalogListingStatus.Active, CatalogListingStatus.Suspended);

    /// <summary>The daily job, at validTo; false when there is nothing to do, so a re-run changes nothing.</summary>
    public bool ExpireIfDue(DateOnly today, DateTime now)
    {
        if (Status is CatalogListingStatus.Revoked or CatalogListingStatus.Expired || today < ValidTo) return false;
        Move(CatalogListingStatus.Expired, new StatusDocument("R-17", null, today), null, now,
            CatalogListingStatus.Active, CatalogListingStatus.Suspended);
        return true;
    }

    /// <summary>True when the warning is due today and was not sent yet; marks it sent.</summary>
    public bool MarkExpiryWarningIfDue(DateOnly today, int warningDays, DateTime now)
    {
        if (ExpiryWarningSentAt is not null || Status != CatalogListingStatus.Active) return false;
        if (today < ValidTo.AddDays(-warningDays) || today >= ValidTo) return false;
        ExpiryWarningSentAt = now;
        return true;
    }

    private void Move(CatalogListingStatus to, StatusDocument document, Guid? actorId, DateTime now, params CatalogListingStatus[] from)
    {
        if (!from.Contains(Status)) throw new BusinessException(E.IllegalTransition, null, Status.ToString(), to.ToString());
        var previous = Status;
        Status = to;
        _history.Add(new CatalogListingStatusChange(previous, to, document.Reason, document.DocumentNumber, document.DocumentDate, actorId, now));
        AddDomainEvent(new CatalogListingStatusChanged(this));
    }
}

/// <summary>What the public record shows of the product and enterprise as approved; categories and districts for facets.</summary>
public sealed record CatalogListingSnapshot(string ProductName, string ProductModel, string CategoryCode, string EnterpriseName,
    Guid JurisdictionId, string? Description);

/// <summary>A listing entered or left Active: its search terms follow (ListingSearch) in the same save.</summary>
public sealed record CatalogListingStatusChanged(CatalogListing Listing) : IDomainEvent;
