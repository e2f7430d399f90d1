using System.Text.Json;
using RobotPlan.Dashboard;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Dashboard;

/// <summary>The programme dashboard: each chart drawn by ECharts from the same numbers the table under it and its Excel show.</summary>
[Authorize(P.Dashboard.Default)]
public sealed class IndexModel(IDashboardAppService dashboard) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DashboardDto Dashboard { get; private set; } = null!;

    /// <summary>For the page's JSON data block (not executed, so the CSP's script-src 'self' holds).</summary>
    public string ChartsJson => JsonSerializer.Serialize(Dashboard.Charts, Json);

    public async Task OnGetAsync(CancellationToken ct) => Dashboard = await dashboard.GetAsync(ct);
}
