using System.Text.Json;
using RobotPlan.Dashboard;

namespace RobotPlan.Web.Pages.Summary;

/// <summary>The public summary: listings in force per catalog and per category, drawn like the dashboard's charts.</summary>
[AllowAnonymous]
public sealed class IndexModel(IDashboardAppService dashboard, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public PublicSummaryDto Summary { get; private set; } = null!;
    public IReadOnlyList<DashboardChartDto> Charts { get; private set; } = [];

    public string ChartsJson => JsonSerializer.Serialize(Charts, new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Summary = await dashboard.GetPublicSummaryAsync(ct);
        string[] count = [L["Dashboard:Count"].Value];
        Charts =
        [
            new DashboardChartDto("summary-catalog", L["Summary:ByCatalog"], "pie", count, Summary.ByCatalog),
            new DashboardChartDto("summary-category", L["Summary:ByCategory"], "bar", count, Summary.ByCategory),
        ];
    }
}
