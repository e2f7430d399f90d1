using RobotPlan.Authorization;
using RobotPlan.Identity;
using RobotPlan.SeedWork;
using P = RobotPlan.Permissions.RobotPlanPermissions;
using A = RobotPlan.SubsidyClaims.SubsidyClaimAct;
using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.SubsidyClaims;

// Reviewers' acts. Who may act follows the step the claim is in: 初审 (district, own jurisdiction only — others get 404),
// municipal review, finance confirmation. Every act names the stamp it saw: a concurrent act on the same claim is a 409.
public sealed partial class SubsidyClaimAppService
{
    public async Task<SubsidyClaimDto> DistrictApproveAsync(Guid id, ClaimTransitionDto input, CancellationToken ct)
    {
        var claim = await LoadForReviewAsync(id, P.Claims.DistrictReview, input.ConcurrencyStamp, ct);
        var actor = Actor(RobotPlanRoles.DistrictReviewer);
        // Approving a claim nobody opened yet takes it into review first; both moves are recorded.
        if (claim.Status == S.Submitted) claim.StartDistrictReview(actor, Now);
        claim.ApproveByDistrict(actor, Now, input.Comment);
        return await SaveAsync(claim, ct);
    }

    public async Task<SubsidyClaimDto> MunicipalApproveAsync(Guid id, ClaimTransitionDto input, CancellationToken ct)
    {
        var claim = await LoadForReviewAsync(id, P.Claims.MunicipalReview, input.ConcurrencyStamp, ct);
        claim.ApproveByMunicipal(Actor(RobotPlanRoles.MunicipalReviewer), Now, input.Comment);
        return await SaveAsync(claim, ct);
    }

    public async Task<SubsidyClaimDto> FinanceConfirmAsync(Guid id, ClaimTransitionDto input, CancellationToken ct)
    {
        var claim = await LoadForReviewAsync(id, P.Claims.FinanceReview, input.ConcurrencyStamp, ct);
        var program = await ProgramAsync(claim.ProgramId, ct);
        // The reservation and the claim's new state commit together: a refused save (409) leaves the budget untouched.
        await unitOfWork.InTransactionAsync(async () =>
        {
            await manager.ConfirmAsync(claim, program, Actor(RobotPlanRoles.FinanceOfficer), input.Comment, ct);
            await unitOfWork.SaveChangesAsync(ct);
        }, ct);
        return await ToDtoAsync(claim, ct);
    }

    public async Task<SubsidyClaimDto> ReturnAsync(Guid id, ClaimReasonTransitionDto input, CancellationToken ct)
    {
        var (claim, role) = await LoadForStepAsync(id, A.Return, input.ConcurrencyStamp, ct);
        claim.ReturnForRevision(input.Reason, Actor(role), Now);
        return await SaveAsync(claim, ct);
    }

    public async Task<SubsidyClaimDto> RejectAsync(Guid id, ClaimReasonTransitionDto input, CancellationToken ct)
    {
        var (claim, role) = await LoadForStepAsync(id, A.Reject, input.ConcurrencyStamp, ct);
        await unitOfWork.InTransactionAsync(async () =>
        {
            await manager.ReleaseAsync(claim, claim.Reject(input.Reason, Actor(role), Now), ct);
            await unitOfWork.SaveChangesAsync(ct);
        }, ct);
        return await ToDtoAsync(claim, ct);
    }

    /// <summary>
    /// Who holds the step is the role <see cref="SubsidyClaim.Transitions"/> gives the act: district reviewers before municipal
    /// review, municipal reviewers then (and during the notice), finance at its step.
    /// </summary>
    private async Task<(SubsidyClaim Claim, string Role)> LoadForStepAsync(Guid id, A act, string stamp, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Default);
        var claim = await LoadVisibleAsync(id, ct);
        // A claim that moved on since the reviewer saw it is a conflict (409), whoever's step it is in now.
        unitOfWork.ExpectConcurrencyStamp(claim, stamp);
        // A move the state refuses has no row: the municipal reviewer's check, then the aggregate's 422.
        var role = SubsidyClaimActs.Table.StepRole(claim.Status, act, fallback: RobotPlanRoles.MunicipalReviewer);
        currentUser.CheckPermission(SubsidyClaimActs.Table.PermissionOf(role));
        return (claim, role);
    }

    private async Task<SubsidyClaim> LoadForReviewAsync(Guid id, string permission, string stamp, CancellationToken ct)
    {
        currentUser.CheckPermission(permission);
        var claim = await LoadVisibleAsync(id, ct);
        unitOfWork.ExpectConcurrencyStamp(claim, stamp);
        return claim;
    }
}
