using RobotPlan.CatalogBatches;
using RobotPlan.CatalogListings;
using RobotPlan.Errors;
using RobotPlan.Money;
using RobotPlan.SeedWork;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.CatalogApplications;

/// <summary>
/// 入目录申报: one product of one enterprise applying to one batch. Owns the whole R-11 state machine —
/// one method per act; any other move is refused with <see cref="RobotPlanErrorCodes.IllegalTransition"/>,
/// and every move appends an R-62 history entry.
/// </summary>
public partial class CatalogApplication : AggregateRoot
{
    private readonly List<CatalogApplicationHistoryEntry> _history = [];
    private List<CatalogAttachment> _attachments = [];

    public Guid BatchId { get; private set; }
    public CatalogKind Catalog { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public Guid ProductId { get; private set; }
    public FirstUnitForm? FirstUnit { get; private set; }
    public KeyProcurementForm? KeyProcurement { get; private set; }
    public IReadOnlyList<CatalogAttachment> Attachments => _attachments;
    public S Status { get; private set; }
    /// <summary>When the file entered its current state: review deadlines count from here.</summary>
    public DateTime StatusChangedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    /// <summary>Why it was returned or rejected, shown to the enterprise.</summary>
    public string? StatusReason { get; private set; }
    public decimal? ExpertMeanScore { get; private set; }
    public Guid? ListingId { get; private set; }
    public IReadOnlyList<CatalogApplicationHistoryEntry> History => _history;

    private CatalogApplication() { }

    /// <summary>A draft; the product's ownership and the batch's catalog are checked by the app service's manager.</summary>
    public CatalogApplication(CatalogBatch batch, Guid enterpriseId, Guid productId, DateTime now)
    {
        BatchId = batch.Id;
        Catalog = batch.Catalog;
        EnterpriseId = enterpriseId;
        ProductId = productId;
        Status = S.Draft;
        StatusChangedAt = now;
    }

    /// <summary>An open file blocks another application of the same product to the same catalog .</summary>
    public bool IsOpen => Status is not (S.Listed or S.Rejected or S.Withdrawn);

    /// <summary>The enterprise edits its form while the file is with it.</summary>
    public bool IsEditable => Status is S.Draft or S.Returned;

    public void FillFirstUnitForm(FirstUnitForm form)
    {
        EnsureEditable(CatalogKind.FirstUnit);
        FirstUnit = form;
    }

    public void FillKeyProcurementForm(KeyProcurementForm form)
    {
        EnsureEditable(CatalogKind.KeyProcurement);
        KeyProcurement = form with { Price = MoneyRounding.ToFen(form.Price) };
    }

    public void ReplaceAttachments(IEnumerable<CatalogAttachment> attachments)
    {
        EnsureEditable(Catalog);
        _attachments = [.. attachments];
    }

    public bool HasFilledForm => Catalog == CatalogKind.FirstUnit ? FirstUnit is not null : KeyProcurement is not null;

    private void EnsureEditable(CatalogKind catalog)
    {
        if (catalog != Catalog) throw new BusinessException(RobotPlanErrorCodes.ApplicationFormMismatch);
        if (!IsEditable) throw new BusinessException(RobotPlanErrorCodes.IllegalTransition, null, Status, Status);
    }
}
