using Microsoft.Extensions.Logging;
using RobotPlan.CatalogApplications;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyAwards;
using RobotPlan.Reviews;

namespace RobotPlan.SubsidyClaims;

/// <summary>
/// approves every claim whose public notice has ended with no open objection, creating its award. Each claim is
/// approved and saved on its own; the award's claim id is unique and the claim must still be InPublicNotice, so a re-run,
/// a crash or two nodes at once never create a second award (a re-run changes nothing).
/// </summary>
public sealed class ApproveNoticeEndedClaimsJob(
    ISubsidyClaimRepository claims,
    IAwardRepository awards,
    SubsidyClaimManager manager,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<ApproveNoticeEndedClaimsJob> logger)
{
    private static readonly ReviewActor System = new(null, "系统（补助公示期满）", "system", null);

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var approved = 0;
        foreach (var id in await claims.GetApprovableAsync(clock.GetUtcNow().UtcDateTime, ct))
        {
            if (ct.IsCancellationRequested) break;
            var claim = await claims.FindAsync(id, ct);
            if (claim is not { Status: SubsidyClaimStatus.InPublicNotice } || await awards.FindByClaimAsync(id, ct) is not null) continue;
            var award = await manager.ApproveAsync(claim, System, ct);
            await unitOfWork.SaveChangesAsync(ct);
            logger.LogInformation("Claim {ClaimId} approved: award {AwardId} of {Amount}", claim.Id, award.Id, award.Amount);
            approved++;
        }
        return approved;
    }
}
