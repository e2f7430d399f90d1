using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.ReviewTasks;

/// <summary>待办: a reviewer's or finance officer's one inbox of catalog files and claims (issue #19).</summary>
[Route("api/app/tasks")]
public sealed class ReviewTaskController(IReviewTaskAppService tasks) : RobotPlanAppControllerBase
{
    /// <summary>The files waiting for the caller's steps, filtered, sorted and paged, with working-day deadlines.</summary>
    [HttpGet]
    [Authorize(P.ReviewTasks.Default)]
    public Task<ReviewTaskListDto> GetListAsync([FromQuery] GetReviewTasksInput input, CancellationToken ct) => tasks.GetListAsync(input, ct);

    /// <summary>批量通过 at the district or municipal review step: 200 with each file's outcome (a refused file does not undo the others).</summary>
    [HttpPost("approve")]
    [Authorize(P.ReviewTasks.Default)]
    public Task<BulkApproveResultDto> ApproveAsync(BulkApproveInput input, CancellationToken ct) => tasks.ApproveAsync(input, ct);

    /// <summary>Every row the same filters match, as an Excel workbook.</summary>
    [HttpGet("export")]
    [Authorize(P.ReviewTasks.Default)]
    [Produces(RobotPlan.Dashboard.DashboardController.XlsxContentType)]
    public async Task<IActionResult> ExportAsync([FromQuery] GetReviewTasksInput input, CancellationToken ct) =>
        (await tasks.ExportAsync(input, ct)).ToAttachment();
}
