namespace RobotPlan.Dashboard;

/// <summary>
/// One chart's numbers, as the table under the chart and the Excel sheet show them: a row per bar or slice, one value per
/// column (a count, a median in days, or money in 元).
/// </summary>
public sealed record DashboardChartDto(string Key, string Title, string Kind, IReadOnlyList<string> Columns, IReadOnlyList<DashboardRowDto> Rows);

public sealed record DashboardRowDto(string Key, string Label, IReadOnlyList<decimal> Values);

public sealed record DashboardDto(DateTime GeneratedAt, IReadOnlyList<DashboardChartDto> Charts);

/// <summary>The public summary: listings in force per catalog and per category.</summary>
public sealed record PublicSummaryDto(int ActiveListings, IReadOnlyList<DashboardRowDto> ByCatalog, IReadOnlyList<DashboardRowDto> ByCategory);

public sealed class DashboardExportInput
{
    [Required, StringLength(32), RegularExpression("^[a-z-]+$")]
    public string Chart { get; set; } = "";
}

public static class DashboardCharts
{
    public const string ListingsByCatalog = "listings-by-catalog";
    public const string ListingsByCategory = "listings-by-category";
    public const string ListingsByJurisdiction = "listings-by-jurisdiction";
    public const string ApplicationsByStatus = "applications-by-status";
    public const string Funnel = "funnel";
    public const string ProcessingTime = "processing-time";
    public const string Budget = "budget";
    public const string OverdueTasks = "overdue-tasks";

    public static readonly IReadOnlyList<string> All =
        [ListingsByCatalog, ListingsByCategory, ListingsByJurisdiction, ApplicationsByStatus, Funnel, ProcessingTime, Budget, OverdueTasks];
}

/// <summary>The programme dashboard (municipal reviewers, finance, administrators) and the public summary.</summary>
public interface IDashboardAppService
{
    Task<DashboardDto> GetAsync(CancellationToken ct = default);
    /// <summary>One chart's table as .xlsx; an unknown chart is a field error on "chart".</summary>
    Task ExportAsync(string chart, Stream output, CancellationToken ct = default);
    /// <summary>Anonymous.</summary>
    Task<PublicSummaryDto> GetPublicSummaryAsync(CancellationToken ct = default);
}
