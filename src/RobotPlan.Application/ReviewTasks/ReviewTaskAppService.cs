using MiniExcelLibs;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.ReviewTasks;

/// <summary>
/// 待办 (issue #19 finding 8): the catalog files and claims waiting for the current user's steps, merged. Which rows a
/// reviewer gets is the task lists' rule (their step's permission; a district reviewer's own district only), so the inbox
/// can show nothing they could not open and act on.
/// </summary>
public sealed partial class ReviewTaskAppService(CatalogTaskList catalogTasks, ClaimTaskList claimTasks,
    IServiceScopeFactory scopes, ICurrentUser currentUser, IStringLocalizer<RobotPlanResource> L,
    TimeProvider clock) : IReviewTaskAppService
{
    public async Task<ReviewTaskListDto> GetListAsync(GetReviewTasksInput input, CancellationToken ct)
    {
        var all = await AllAsync(ct);
        var matching = ReviewTaskQuery.Apply(all, input);
        var containers = all.GroupBy(t => t.ContainerId).Select(g => new ReviewTaskOptionDto(g.Key, g.First().ContainerTitle, g.First().Kind));
        var districts = all.Where(t => t.DistrictId is not null).GroupBy(t => t.DistrictId!.Value)
            .Select(g => new ReviewTaskOptionDto(g.Key, g.First().DistrictName));
        return new(matching.Count, matching.Skip(input.SkipCount).Take(input.MaxResultCount).ToList(), all.Count,
            all.Count(t => t.Urgency == ReviewUrgency.Overdue), all.Count(t => t.Urgency == ReviewUrgency.DueSoon),
            [.. containers.OrderBy(o => o.Name, StringComparer.CurrentCulture)], [.. districts.OrderBy(o => o.Name, StringComparer.CurrentCulture)]);
    }

    public async Task<FileDownload> ExportAsync(GetReviewTasksInput input, CancellationToken ct)
    {
        var rows = ReviewTaskQuery.Apply(await AllAsync(ct), input).Select(t => new Dictionary<string, object?>
        {
            [L["ReviewTasks:Kind"]] = L["ReviewTasks:Kind:" + t.Kind].Value,
            [L["ReviewTasks:Product"]] = t.ProductName,
            [L["ReviewTasks:Enterprise"]] = t.EnterpriseName,
            [L["ReviewTasks:District"]] = t.DistrictName,
            [L["ReviewTasks:Container"]] = t.ContainerTitle,
            [L["ReviewTasks:Status"]] = t.CatalogStatus is { } s ? L["CatalogPage:Status." + s].Value : L["Claim:Status:" + t.ClaimStatus].Value,
            [L["ReviewTasks:WaitingSince"]] = CatalogBatchMapper.ToLocal(t.WaitingSince).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            [L["ReviewTasks:Deadline"]] = t.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [L["ReviewTasks:WorkingDaysLeft"]] = t.WorkingDaysLeft,
            [L["ReviewTasks:Urgency"]] = L["ReviewTasks:Urgency:" + t.Urgency].Value,
        }).ToList();
        var output = new MemoryStream();
        await output.SaveAsAsync(rows, printHeader: true, sheetName: L["ReviewTasks:Title"], excelType: ExcelType.XLSX, cancellationToken: ct);
        output.Position = 0;
        return new FileDownload(output, $"tasks-{clock.Today():yyyyMMdd}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private async Task<List<ReviewTaskDto>> AllAsync(CancellationToken ct)
    {
        currentUser.CheckPermission(P.ReviewTasks.Default);
        var files = await catalogTasks.GetAsync(ct);
        var claims = await claimTasks.GetAsync(ct);
        return [.. files.Select(ReviewTaskQuery.From), .. claims.Select(ReviewTaskQuery.From)];
    }
}
