using RobotPlan.Errors;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.Money;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyPrograms;
using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.SubsidyClaims;

/// <summary>
/// 补助申请: one enterprise's claim in one programme — either the manufacturer's insurance compensation for one policy
/// year (R-30…R-33; the claim covers every unit of that policy) or the buyer's first-purchase reward for one unit it bought
/// and put into use. Owns the R-36 state machine; the amount is fixed with its inputs and parameter version at
/// finance confirmation, when the budget is reserved.
/// </summary>
public partial class SubsidyClaim : AggregateRoot
{
    private readonly List<SubsidyClaimHistoryEntry> _history = [];
    private List<ClaimDocument> _documents = [];

    public Guid ProgramId { get; private set; }
    public SubsidyKind Kind { get; private set; }
    /// <summary>The claimant and payee: the manufacturer (compensation) or the buyer (reward).</summary>
    public Guid EnterpriseId { get; private set; }
    /// <summary>The product concerned (for compensation, the policy's first unit's), shown in notices and lists.</summary>
    public Guid ProductId { get; private set; }
    /// <summary>Insurance compensation: the policy year claimed.</summary>
    public Guid? PolicyId { get; private set; }
    /// <summary>First-purchase reward: the unit bought.</summary>
    public RewardPurchase? Purchase { get; private set; }
    public IReadOnlyList<ClaimDocument> Documents => _documents;
    public S Status { get; private set; }
    public DateTime StatusChangedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public string? StatusReason { get; private set; }
    /// <summary>The decision: inputs, parameter version and values, lines and amount (set at finance confirmation).</summary>
    public ClaimComputation? Computation { get; private set; }
    /// <summary>Held against the programme budget from finance confirmation until rejection, withdrawal or payment.</summary>
    public decimal? ReservedAmount { get; private set; }
    public Guid? NoticeId { get; private set; }
    public Guid? AwardId { get; private set; }
    public IReadOnlyList<SubsidyClaimHistoryEntry> History => _history;

    private SubsidyClaim() { }

    private SubsidyClaim(SubsidyProgram program, SubsidyKind kind, Guid enterpriseId, Guid productId, DateTime now)
    {
        if (program.Kind != kind) throw new BusinessException(RobotPlanErrorCodes.ClaimProgramKindMismatch, "programId");
        ProgramId = program.Id;
        Kind = kind;
        EnterpriseId = enterpriseId;
        ProductId = productId;
        Status = S.Draft;
        StatusChangedAt = now;
    }

    /// <summary>R-30: only the manufacturer that bought the policy claims its compensation.</summary>
    public static SubsidyClaim ForCompensation(SubsidyProgram program, InsurancePolicy policy, Guid enterpriseId, DateTime now)
    {
        if (policy.EnterpriseId != enterpriseId) throw new BusinessException(RobotPlanErrorCodes.ClaimPolicyNotOwned, "policyId");
        return new SubsidyClaim(program, SubsidyKind.InsuranceCompensation, enterpriseId, policy.Units[0].ProductId, now) { PolicyId = policy.Id };
    }

    /// <summary>R-34: the buyer claims for a unit it bought.</summary>
    public static SubsidyClaim ForReward(SubsidyProgram program, Guid buyerEnterpriseId, RewardPurchase purchase, DateTime now)
    {
        var claim = new SubsidyClaim(program, SubsidyKind.FirstPurchaseReward, buyerEnterpriseId, purchase.ProductId, now);
        claim.SetPurchase(purchase);
        return claim;
    }

    /// <summary>Open claims block funding the same unit again; drafts, refused, withdrawn and clawed-back ones do not.</summary>
    public bool IsLive => Status is not (S.Draft or S.Rejected or S.Withdrawn or S.ClawedBack);

    public bool IsEditable => Status is S.Draft or S.Returned;

    public void UpdatePurchase(RewardPurchase purchase)
    {
        EnsureEditable();
        if (Kind != SubsidyKind.FirstPurchaseReward) throw new BusinessException(RobotPlanErrorCodes.ClaimProgramKindMismatch, "purchase");
        SetPurchase(purchase);
        ProductId = purchase.ProductId;
    }

    /// <summary>One file per kind: a new upload replaces the old one.</summary>
    public void AttachDocument(ClaimDocument document)
    {
        EnsureEditable();
        if (Kind != SubsidyKind.FirstPurchaseReward) throw new BusinessException(RobotPlanErrorCodes.ClaimProgramKindMismatch, "kind");
        _documents = [.. _documents.Where(d => d.Kind != document.Kind), document];
    }

    public bool HasAllDocuments =>
        Enum.GetValues<ClaimDocumentKind>().All(k => _documents.Any(d => d.Kind == k));

    private void SetPurchase(RewardPurchase purchase)
    {
        if (purchase.ContractPrice <= 0 || purchase.ContractPrice != MoneyRounding.ToFen(purchase.ContractPrice))
            throw new BusinessException(RobotPlanErrorCodes.ClaimAmountInvalid, "contractPrice");
        Purchase = purchase;
    }

    private void EnsureEditable()
    {
        if (!IsEditable) throw new BusinessException(RobotPlanErrorCodes.ClaimNotEditable, null, Status);
    }
}

/// <summary>R-34: what the buyer bought, from whom, when it was accepted into use, and for how much.</summary>
public sealed record RewardPurchase(
    Guid ProductId,
    string SerialNumber,
    string BuyerUscc,
    string ContractNumber,
    DateOnly ContractDate,
    DateOnly DeliveryDate,
    decimal ContractPrice);

/// <summary>One uploaded evidence file of a reward claim.</summary>
public sealed record ClaimDocument(ClaimDocumentKind Kind, Guid FileId, string FileName);
