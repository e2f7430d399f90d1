using RobotPlan.CatalogApplications;
using RobotPlan.Errors;
using RobotPlan.SeedWork;
using S = RobotPlan.Enterprises.UsccDisputeStatus;
using RobotPlan.Reviews;

namespace RobotPlan.Enterprises;

/// <summary>
/// A squatted USCC's recovery (issue #14): the real enterprise, refused with "already registered", files its business
/// licence from a new account; an administrator transfers the USCC's enterprise record to that account or dismisses.
/// </summary>
public class UsccDispute : AggregateRoot
{
    private readonly List<UsccDisputeHistoryEntry> _history = [];

    public string Uscc { get; private set; } = null!;
    /// <summary>The enterprise record registered under the USCC when the dispute was filed.</summary>
    public Guid EnterpriseId { get; private set; }
    public Guid ClaimantUserId { get; private set; }
    public string ClaimantLegalName { get; private set; } = null!;
    public string LegalRepresentative { get; private set; } = null!;
    public Guid LicenceFileId { get; private set; }
    public string Statement { get; private set; } = null!;
    public UsccDisputeStatus Status { get; private set; }
    public IReadOnlyList<UsccDisputeHistoryEntry> History => _history;

    private UsccDispute() { }

    internal UsccDispute(string uscc, Guid enterpriseId, Guid claimantUserId, string claimantLegalName, string legalRepresentative,
        Guid licenceFileId, string statement)
    {
        Uscc = uscc;
        EnterpriseId = enterpriseId;
        ClaimantUserId = claimantUserId;
        ClaimantLegalName = claimantLegalName.Trim();
        LegalRepresentative = legalRepresentative.Trim();
        LicenceFileId = licenceFileId;
        Statement = statement.Trim();
        Status = S.Open;
    }

    internal void Transfer(ReviewActor actor, DateTime now, string? comment) => Decide(S.Transferred, actor, now, comment);

    public void Dismiss(string reason, ReviewActor actor, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(RobotPlanErrorCodes.VerificationReasonRequired, "reason");
        Decide(S.Dismissed, actor, now, reason);
    }

    private void Decide(S to, ReviewActor actor, DateTime now, string? comment)
    {
        if (Status != S.Open) throw new BusinessException(RobotPlanErrorCodes.DisputeNotOpen);
        _history.Add(new UsccDisputeHistoryEntry(_history.Count + 1, actor, now, Status, to, comment));
        Status = to;
    }
}
