using RobotPlan.CatalogApplications;
using RobotPlan.CatalogListings;

namespace RobotPlan.Dashboard;

/// <summary>Counting reads for the programme dashboard: grouped in the database, never loading the records themselves.</summary>
public interface IDashboardQueries
{
    /// <summary>Active listings (in force) per catalog, category and jurisdiction — the finest grouping, summed by the caller.</summary>
    Task<List<ListingCountRow>> CountActiveListingsAsync(CancellationToken ct = default);
    Task<Dictionary<CatalogApplicationStatus, int>> CountApplicationsByStatusAsync(CancellationToken ct = default);
    /// <summary>Every R-62 history entry of every file (id, sequence, time, from, to), for step durations and the funnel.</summary>
    IAsyncEnumerable<HistoryRow> StreamApplicationHistoryAsync(CancellationToken ct = default);
}

public sealed record ListingCountRow(CatalogKind Catalog, string CategoryCode, Guid JurisdictionId, int Count);

public sealed record HistoryRow(Guid ApplicationId, int Sequence, DateTime At, CatalogApplicationStatus From, CatalogApplicationStatus To);
