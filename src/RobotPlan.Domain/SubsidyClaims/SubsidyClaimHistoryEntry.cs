using RobotPlan.CatalogApplications;
using RobotPlan.Reviews;

namespace RobotPlan.SubsidyClaims;

/// <summary>R-62: one state change of a claim (table SubsidyClaimHistory).</summary>
public class SubsidyClaimHistoryEntry : StatusHistoryEntry<SubsidyClaimStatus>
{
    private SubsidyClaimHistoryEntry() { }

    internal SubsidyClaimHistoryEntry(int sequence, ReviewActor actor, DateTime at, SubsidyClaimStatus from, SubsidyClaimStatus to,
        string? comment) : base(sequence, actor, at, from, to, comment) { }
}
