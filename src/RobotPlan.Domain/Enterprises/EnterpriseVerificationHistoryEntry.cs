using RobotPlan.CatalogApplications;
using RobotPlan.Reviews;

namespace RobotPlan.Enterprises;

/// <summary>R-62: one step of an enterprise's verification (table EnterpriseVerificationHistory, hash-chained).</summary>
public class EnterpriseVerificationHistoryEntry : StatusHistoryEntry<EnterpriseVerificationStatus>
{
    private EnterpriseVerificationHistoryEntry() { }

    internal EnterpriseVerificationHistoryEntry(int sequence, ReviewActor actor, DateTime at, EnterpriseVerificationStatus from,
        EnterpriseVerificationStatus to, string? comment) : base(sequence, actor, at, from, to, comment) { }
}

/// <summary>R-62: one step of a USCC dispute (table UsccDisputeHistory, hash-chained).</summary>
public class UsccDisputeHistoryEntry : StatusHistoryEntry<UsccDisputeStatus>
{
    private UsccDisputeHistoryEntry() { }

    internal UsccDisputeHistoryEntry(int sequence, ReviewActor actor, DateTime at, UsccDisputeStatus from, UsccDisputeStatus to,
        string? comment) : base(sequence, actor, at, from, to, comment) { }
}
