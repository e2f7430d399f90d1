using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.ReviewTasks;

/// <summary>
/// 批量通过 (issue #19), this part of the inbox's service: each file through its own step's approval, in its own scope —
/// its own unit of work — so a refusal leaves nothing half-changed for the next file's save, and each approval writes its
/// own history row. Only the district and municipal review steps: the decision (R-13's re-check, the notice) and finance's confirmation (R-37's
/// reservation of an amount the officer must see) are made file by file.
/// </summary>
public sealed partial class ReviewTaskAppService
{
    public async Task<BulkApproveResultDto> ApproveAsync(BulkApproveInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.ReviewTasks.Default);
        var files = new List<BulkApproveFileResultDto>();
        // One after the other: each is a short transaction of its own, and the results come back in the order asked.
        foreach (var item in input.Items!) files.Add(await ApproveOneAsync(item.Kind!.Value, item.FileId!.Value, item.Step!.Value, input.Comment, ct));
        return new(files.Count(f => f.Approved), files.Count(f => !f.Approved), files);
    }

    private async Task<BulkApproveFileResultDto> ApproveOneAsync(ReviewTaskKind kind, Guid id, ReviewStep step, string? comment, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            if (step is not (ReviewStep.District or ReviewStep.Municipal)) throw new BusinessException(RobotPlanErrorCodes.BulkApproveNotAllowed);
            var services = scope.ServiceProvider;
            if (kind == ReviewTaskKind.CatalogFile) await ApproveFileAsync(services.GetRequiredService<ICatalogApplicationAppService>(), id, step, comment, ct);
            else await ApproveClaimAsync(services.GetRequiredService<ISubsidyClaimAppService>(), id, step, comment, ct);
            return new(kind, id, true, null, null);
        }
        catch (Exception e) when (e is BusinessException or EntityNotFoundException or AuthorizationException or ConcurrencyConflictException)
        {
            var (code, message) = e switch
            {
                BusinessException b => (b.Code, b.Arguments.Length > 0 ? L[b.Code, b.Arguments].Value : L[b.Code].Value),
                // Another district's file reads as missing, as everywhere (S-A).
                EntityNotFoundException => (RobotPlanErrorCodes.EntityNotFound, L[RobotPlanErrorCodes.EntityNotFound].Value),
                AuthorizationException => (RobotPlanErrorCodes.Forbidden, L[RobotPlanErrorCodes.Forbidden].Value),
                _ => (RobotPlanErrorCodes.ConcurrencyConflict, L[RobotPlanErrorCodes.ConcurrencyConflict].Value),
            };
            return new(kind, id, false, code, message);
        }
    }

    private static async Task ApproveFileAsync(ICatalogApplicationAppService files, Guid id, ReviewStep step, string? comment, CancellationToken ct)
    {
        var file = await files.GetAsync(id, ct);
        var input = new CatalogTransitionDto { ConcurrencyStamp = file.ConcurrencyStamp, Comment = comment };
        switch (step, file.Status)
        {
            case (ReviewStep.District, CatalogApplicationStatus.Submitted or CatalogApplicationStatus.DistrictReview):
                await files.DistrictApproveAsync(id, input, ct);
                break;
            case (ReviewStep.Municipal, CatalogApplicationStatus.MunicipalReview):
                await files.FormalApproveAsync(id, input, ct);
                break;
            default:
                throw new BusinessException(RobotPlanErrorCodes.TaskNoLongerInStep);
        }
    }

    private static async Task ApproveClaimAsync(ISubsidyClaimAppService claims, Guid id, ReviewStep step, string? comment, CancellationToken ct)
    {
        var claim = await claims.GetAsync(id, ct);
        var input = new ClaimTransitionDto { ConcurrencyStamp = claim.ConcurrencyStamp, Comment = comment };
        switch (step, claim.Status)
        {
            case (ReviewStep.District, SubsidyClaimStatus.Submitted or SubsidyClaimStatus.DistrictReview):
                await claims.DistrictApproveAsync(id, input, ct);
                break;
            case (ReviewStep.Municipal, SubsidyClaimStatus.MunicipalReview):
                await claims.MunicipalApproveAsync(id, input, ct);
                break;
            default:
                throw new BusinessException(RobotPlanErrorCodes.TaskNoLongerInStep);
        }
    }
}
