using MiniExcelLibs;

namespace RobotPlan.Dashboard;

/// <summary>A chart's table as one .xlsx sheet: the label column, then one column per value, exactly as the page shows it.</summary>
public sealed class DashboardExcelWriter
{
    public async Task WriteAsync(DashboardChartDto chart, Stream output, CancellationToken ct)
    {
        var rows = chart.Rows.Select(r =>
        {
            var row = new Dictionary<string, object?> { [chart.Title] = r.Label };
            for (var i = 0; i < chart.Columns.Count; i++) row[chart.Columns[i]] = r.Values[i];
            return row;
        }).ToList();
        await output.SaveAsAsync(rows, sheetName: chart.Key, cancellationToken: ct);
    }
}
