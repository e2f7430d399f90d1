using RobotPlan.Reviews;

namespace RobotPlan.CatalogApplications;

/// <summary>R-62: one state change of a catalog file (table CatalogApplicationHistory).</summary>
public class CatalogApplicationHistoryEntry : StatusHistoryEntry<CatalogApplicationStatus>
{
    private CatalogApplicationHistoryEntry() { }

    internal CatalogApplicationHistoryEntry(int sequence, ReviewActor actor, DateTime at, CatalogApplicationStatus from,
        CatalogApplicationStatus to, string? comment) : base(sequence, actor, at, from, to, comment) { }
}
