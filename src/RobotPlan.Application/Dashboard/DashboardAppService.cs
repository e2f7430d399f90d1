using P = RobotPlan.Permissions.RobotPlanPermissions;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.Dashboard;

/// <summary>
/// The programme as a whole, computed on request from the records (no second copy to drift): listings in force by catalog,
/// category and jurisdiction; files per state and the funnel of stages reached; the median time each review step took
/// (from the R-62 history); each programme's budget; and the files past their step's deadline.
/// </summary>
public sealed class DashboardAppService(IDashboardQueries queries, IReferenceDataRepository referenceData, ISubsidyProgramRepository programs,
    ICatalogApplicationRepository applications, ICatalogBatchRepository batches, ICalendarRepository calendars, DashboardExcelWriter excel,
    ICurrentUser currentUser, IStringLocalizer<RobotPlanResource> L, TimeProvider clock) : IDashboardAppService
{
    /// <summary>The stages a file passes on its way to the catalog, in order (the funnel's bars).</summary>
    public static readonly S[] Stages = [S.Submitted, S.DistrictReview, S.MunicipalReview, S.ExpertReview, S.PendingDecision, S.InPublicNotice, S.Listed];

    /// <summary>The steps whose duration is measured: from entering the state to leaving it.</summary>
    public static readonly S[] Steps = [S.Submitted, S.DistrictReview, S.MunicipalReview, S.ExpertReview, S.PendingDecision, S.InPublicNotice];

    /// <summary>The steps with a review deadline (the task lists' rule): district and municipal.</summary>
    public static readonly S[] DeadlineSteps = [S.Submitted, S.DistrictReview, S.MunicipalReview, S.PendingDecision];

    public async Task<DashboardDto> GetAsync(CancellationToken ct)
    {
        currentUser.CheckPermission(P.Dashboard.Default);
        return new DashboardDto(clock.GetUtcNow().UtcDateTime, await ChartsAsync(ct));
    }

    public async Task ExportAsync(string chart, Stream output, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Dashboard.Default);
        if (!DashboardCharts.All.Contains(chart)) throw new BusinessException(RobotPlanErrorCodes.DashboardChartUnknown, "chart");
        var found = (await ChartsAsync(ct)).Single(c => c.Key == chart);
        await excel.WriteAsync(found, output, ct);
    }

    public async Task<PublicSummaryDto> GetPublicSummaryAsync(CancellationToken ct)
    {
        var rows = await queries.CountActiveListingsAsync(ct);
        var categories = (await referenceData.GetCategoriesAsync(ct)).ToDictionary(c => c.Code, c => c.LocalName());
        return new PublicSummaryDto(rows.Sum(r => r.Count),
            Count(rows, r => r.Catalog.ToString(), k => L["Listing:Catalog." + k]),
            Count(rows, r => r.CategoryCode, k => categories.GetValueOrDefault(k, k)));
    }

    private async Task<List<DashboardChartDto>> ChartsAsync(CancellationToken ct)
    {
        var listings = await queries.CountActiveListingsAsync(ct);
        var categories = (await referenceData.GetCategoriesAsync(ct)).ToDictionary(c => c.Code, c => c.LocalName());
        var jurisdictions = (await referenceData.GetJurisdictionsAsync(ct)).ToDictionary(j => j.Id.ToString(), j => j.LocalName());
        var count = new[] { L["Dashboard:Count"].Value };
        var (funnel, medians) = await HistoryFiguresAsync(ct);
        return
        [
            Chart(DashboardCharts.ListingsByCatalog, "pie", count, Count(listings, r => r.Catalog.ToString(), k => L["Listing:Catalog." + k])),
            Chart(DashboardCharts.ListingsByCategory, "bar", count, Count(listings, r => r.CategoryCode, k => categories.GetValueOrDefault(k, k))),
            Chart(DashboardCharts.ListingsByJurisdiction, "bar", count,
                Count(listings, r => r.JurisdictionId.ToString(), k => jurisdictions.GetValueOrDefault(k, k))),
            Chart(DashboardCharts.ApplicationsByStatus, "bar", count, await StatusRowsAsync(ct)),
            Chart(DashboardCharts.Funnel, "funnel", count, Stages.Select(s => Row(s.ToString(), StatusName(s), funnel.GetValueOrDefault(s))).ToList()),
            Chart(DashboardCharts.ProcessingTime, "bar", [L["Dashboard:MedianDays"].Value, L["Dashboard:Samples"].Value],
                Steps.Select(s => medians.TryGetValue(s, out var m)
                    ? new DashboardRowDto(s.ToString(), StatusName(s), [Median(m), m.Count])
                    : new DashboardRowDto(s.ToString(), StatusName(s), [0m, 0m])).ToList()),
            Chart(DashboardCharts.Budget, "bar", [L["Dashboard:Budget"].Value, L["Dashboard:Reserved"].Value, L["Dashboard:Paid"].Value,
                L["Dashboard:Remaining"].Value],
                (await programs.GetListAsync(null, null, ct)).OrderBy(p => p.Year).ThenBy(p => p.Kind)
                    .Select(p => new DashboardRowDto(p.Id.ToString(), p.LocalTitle(), [p.Budget, p.Reserved, p.Paid, p.Remaining])).ToList()),
            Chart(DashboardCharts.OverdueTasks, "bar", count, await OverdueRowsAsync(ct)),
        ];
    }

    private async Task<List<DashboardRowDto>> StatusRowsAsync(CancellationToken ct)
    {
        var byStatus = await queries.CountApplicationsByStatusAsync(ct);
        return Enum.GetValues<S>().Select(s => Row(s.ToString(), StatusName(s), byStatus.GetValueOrDefault(s))).ToList();
    }

    /// <summary>
    /// One pass over the history: a file reached a stage when an entry moved it there (a file returned and resubmitted counts
    /// once); a step's duration is the time from the entry that entered it to the next entry of the same file.
    /// </summary>
    private async Task<(Dictionary<S, int> Funnel, Dictionary<S, List<double>> Medians)> HistoryFiguresAsync(CancellationToken ct)
    {
        var reached = new Dictionary<S, HashSet<Guid>>();
        var durations = new Dictionary<S, List<double>>();
        var byFile = new Dictionary<Guid, List<HistoryRow>>();
        await foreach (var row in queries.StreamApplicationHistoryAsync(ct))
        {
            if (!byFile.TryGetValue(row.ApplicationId, out var list)) byFile[row.ApplicationId] = list = [];
            list.Add(row);
        }
        foreach (var (id, rows) in byFile)
        {
            rows.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
            for (var i = 0; i < rows.Count; i++)
            {
                if (!reached.TryGetValue(rows[i].To, out var set)) reached[rows[i].To] = set = [];
                set.Add(id);
                if (i == 0 || !Steps.Contains(rows[i].From)) continue;
                if (!durations.TryGetValue(rows[i].From, out var d)) durations[rows[i].From] = d = [];
                d.Add((rows[i].At - rows[i - 1].At).TotalDays);
            }
        }
        return (reached.ToDictionary(kv => kv.Key, kv => kv.Value.Count), durations);
    }

    private async Task<List<DashboardRowDto>> OverdueRowsAsync(CancellationToken ct)
    {
        var files = await applications.GetWaitingAsync(DeadlineSteps, null, 10_000, ct);
        var batchesById = (await batches.GetByIdsAsync(files.Select(f => f.BatchId).Distinct().ToList(), ct)).ToDictionary(b => b.Id);
        var calendar = await calendars.GetCalendarAsync(ct);
        var today = clock.Today();
        var overdue = new Dictionary<S, int>();
        foreach (var f in files)
        {
            DateOnly deadline;
            try { deadline = ReviewDeadline.DueOn(calendar, f.StatusChangedAt, batchesById[f.BatchId].ReviewWorkingDays); }
            catch (BusinessException) { continue; } // a year the calendar lacks: the administrator's to fix, shown by the task list
            if (ReviewDeadline.IsOverdue(deadline, today)) overdue[f.Status] = overdue.GetValueOrDefault(f.Status) + 1;
        }
        return DeadlineSteps.Select(s => Row(s.ToString(), StatusName(s), overdue.GetValueOrDefault(s))).ToList();
    }

    private DashboardChartDto Chart(string key, string kind, IReadOnlyList<string> columns, IReadOnlyList<DashboardRowDto> rows) =>
        new(key, L["Dashboard:Chart:" + key], kind, columns, rows);

    private static DashboardRowDto Row(string key, string label, int value) => new(key, label, [value]);

    private string StatusName(S s) => L["CatalogPage:Status." + s];

    private static List<DashboardRowDto> Count(List<ListingCountRow> rows, Func<ListingCountRow, string> key, Func<string, string> label) =>
        rows.GroupBy(key).Select(g => Row(g.Key, label(g.Key), g.Sum(r => r.Count)))
            .OrderByDescending(r => r.Values[0]).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();

    /// <summary>Days to one decimal; the middle value, or the mean of the two middle ones.</summary>
    public static decimal Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return Math.Round((decimal)median, 1, MidpointRounding.AwayFromZero);
    }
}
