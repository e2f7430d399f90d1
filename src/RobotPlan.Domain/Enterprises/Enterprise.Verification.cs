using RobotPlan.CatalogApplications;
using RobotPlan.Errors;
using RobotPlan.SeedWork;
using S = RobotPlan.Enterprises.EnterpriseVerificationStatus;
using RobotPlan.Reviews;

namespace RobotPlan.Enterprises;

/// <summary>
/// 企业实名核验 (issue #14, S-G): the enterprise submits its business licence and legal representative; the district
/// reviewer of its jurisdiction verifies or rejects with a reason. Until verified it keeps its profile and products but
/// neither applies, claims nor is paid (the eligibility checks and the payee hold ask <see cref="IsVerified"/>).
/// </summary>
public partial class Enterprise
{
    private readonly List<EnterpriseVerificationHistoryEntry> _verificationHistory = [];

    public EnterpriseVerificationStatus VerificationStatus { get; private set; }
    public string? LegalRepresentative { get; private set; }
    /// <summary>营业执照 (PDF or image, stored by the upload rules).</summary>
    public Guid? BusinessLicenceFileId { get; private set; }
    public IReadOnlyList<EnterpriseVerificationHistoryEntry> VerificationHistory => _verificationHistory;

    public bool IsVerified => VerificationStatus == S.Verified;

    /// <summary>Submits (or, while waiting or after a rejection, replaces) the licence and legal representative.</summary>
    public void SubmitForVerification(Guid licenceFileId, string legalRepresentative, ReviewActor actor, DateTime now)
    {
        if (VerificationStatus == S.Verified) throw new BusinessException(RobotPlanErrorCodes.AlreadyVerified);
        BusinessLicenceFileId = licenceFileId;
        LegalRepresentative = legalRepresentative.Trim();
        MoveVerification(S.Submitted, actor, now, null);
    }

    public void Verify(ReviewActor actor, DateTime now, string? comment = null)
    {
        if (VerificationStatus != S.Submitted) throw new BusinessException(RobotPlanErrorCodes.VerificationNotSubmitted);
        MoveVerification(S.Verified, actor, now, comment);
    }

    public void RejectVerification(string reason, ReviewActor actor, DateTime now)
    {
        if (VerificationStatus != S.Submitted) throw new BusinessException(RobotPlanErrorCodes.VerificationNotSubmitted);
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(RobotPlanErrorCodes.VerificationReasonRequired, "reason");
        MoveVerification(S.Rejected, actor, now, reason);
    }

    /// <summary>
    /// A USCC recovered by its real owner: the record now answers to the claimant, whose licence and legal representative
    /// the district checks again (whatever the squatter had been verified for).
    /// </summary>
    internal void ResubmitAfterTransfer(Guid licenceFileId, string legalRepresentative, ReviewActor actor, DateTime now, string comment)
    {
        BusinessLicenceFileId = licenceFileId;
        LegalRepresentative = legalRepresentative.Trim();
        MoveVerification(S.Submitted, actor, now, comment);
    }

    private void MoveVerification(S to, ReviewActor actor, DateTime now, string? comment)
    {
        _verificationHistory.Add(new EnterpriseVerificationHistoryEntry(_verificationHistory.Count + 1, actor, now, VerificationStatus, to, comment));
        VerificationStatus = to;
    }
}
