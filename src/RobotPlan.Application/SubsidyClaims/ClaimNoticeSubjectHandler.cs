using RobotPlan.CatalogApplications;
using RobotPlan.SeedWork;
using RobotPlan.Reviews;

namespace RobotPlan.SubsidyClaims;

/// <summary>An upheld objection against a claim in notice rejects it and gives its reservation back (R-15 via ).</summary>
public sealed class ClaimNoticeSubjectHandler(ISubsidyClaimRepository claims, SubsidyClaimManager manager, TimeProvider clock)
    : PublicNotices.INoticeSubjectHandler
{
    public PublicNotices.NoticeSubject Subject => PublicNotices.NoticeSubject.SubsidyClaim;

    public async Task RejectAfterObjectionAsync(Guid subjectId, string reason, ReviewActor actor, CancellationToken ct)
    {
        var claim = await claims.FindAsync(subjectId, ct) ?? throw new EntityNotFoundException(typeof(SubsidyClaim), subjectId);
        if (claim.Status != SubsidyClaimStatus.InPublicNotice)
            throw new BusinessException(Errors.RobotPlanErrorCodes.ClaimIllegalTransition, null, claim.Status, SubsidyClaimStatus.Rejected);
        await manager.ReleaseAsync(claim, claim.Reject(reason, actor, clock.GetUtcNow().UtcDateTime), ct);
    }
}
