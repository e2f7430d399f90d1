using CS = RobotPlan.CatalogApplications.CatalogApplicationStatus;
using ClaimS = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.ReviewTasks;

/// <summary>The inbox's rows from the two task lists, and its search, filters and sort (in memory: a reviewer's tasks are few).</summary>
internal static class ReviewTaskQuery
{
    public static ReviewTaskDto From(CatalogTaskDto t) => new(ReviewTaskKind.CatalogFile, t.ApplicationId, StepOf(t.Status), t.Status, null,
        t.Catalog, null, t.BatchId, t.BatchTitle, t.EnterpriseName, t.ProductName, t.DistrictId, t.DistrictName, t.WaitingSince, t.Deadline,
        t.WorkingDaysLeft, t.Urgency);

    public static ReviewTaskDto From(ClaimTaskDto t) => new(ReviewTaskKind.SubsidyClaim, t.ClaimId, StepOf(t.Status), null, t.Status,
        null, t.Kind, t.ProgramId, t.ProgramTitle, t.EnterpriseName, t.ProductName, t.DistrictId, t.DistrictName, t.WaitingSince, t.Deadline,
        t.WorkingDaysLeft, t.Urgency);

    // The task lists return only the statuses that wait for a reviewer's step (CatalogTaskList / ClaimTaskList.Waiting).
    private static ReviewStep StepOf(CS status) => status switch
    {
        CS.Submitted or CS.DistrictReview => ReviewStep.District,
        CS.MunicipalReview => ReviewStep.Municipal,
        CS.PendingDecision => ReviewStep.Decision,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a status a reviewer's step waits in"),
    };

    private static ReviewStep StepOf(ClaimS status) => status switch
    {
        ClaimS.Submitted or ClaimS.DistrictReview => ReviewStep.District,
        ClaimS.MunicipalReview => ReviewStep.Municipal,
        ClaimS.FinanceReview => ReviewStep.Finance,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a status a reviewer's step waits in"),
    };

    public static List<ReviewTaskDto> Apply(IEnumerable<ReviewTaskDto> tasks, GetReviewTasksInput input)
    {
        var search = input.Search?.Trim();
        var matching = tasks.Where(t =>
            (input.Kind is null || t.Kind == input.Kind)
            && (input.ContainerId is null || t.ContainerId == input.ContainerId)
            && (input.Step is null || t.Step == input.Step)
            && (input.DistrictId is null || t.DistrictId == input.DistrictId)
            && (input.Urgency is null || t.Urgency == input.Urgency)
            && (string.IsNullOrEmpty(search) || Contains(t.ProductName, search) || Contains(t.EnterpriseName, search)
                || Contains(t.ContainerTitle, search)));
        return Sort(matching, input.Sort, input.Descending).ToList();
    }

    private static bool Contains(string? text, string part) => text?.Contains(part, StringComparison.CurrentCultureIgnoreCase) == true;

    private static IEnumerable<ReviewTaskDto> Sort(IEnumerable<ReviewTaskDto> tasks, ReviewTaskSort sort, bool descending)
    {
        var names = StringComparer.CurrentCultureIgnoreCase;
        var ordered = sort switch
        {
            ReviewTaskSort.WaitingSince => Order(tasks, t => t.WaitingSince, Comparer<DateTime>.Default, descending),
            ReviewTaskSort.Enterprise => Order(tasks, t => t.EnterpriseName ?? "", names, descending),
            ReviewTaskSort.Container => Order(tasks, t => t.ContainerTitle ?? "", names, descending),
            _ => Order(tasks, t => t.Deadline, Comparer<DateOnly>.Default, descending),
        };
        // Ties: the longest waiting first, then a stable id, so paging never repeats or skips a row.
        return ordered.ThenBy(t => t.WaitingSince).ThenBy(t => t.FileId);
    }

    private static IOrderedEnumerable<ReviewTaskDto> Order<TKey>(IEnumerable<ReviewTaskDto> tasks, Func<ReviewTaskDto, TKey> key,
        IComparer<TKey> comparer, bool descending) =>
        descending ? tasks.OrderByDescending(key, comparer) : tasks.OrderBy(key, comparer);
}
