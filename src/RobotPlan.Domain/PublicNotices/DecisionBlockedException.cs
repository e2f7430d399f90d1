using RobotPlan.CatalogApplications;
using RobotPlan.Errors;
using RobotPlan.SeedWork;

namespace RobotPlan.PublicNotices;

/// <summary>A file waiting for the decision that a rule now blocks (R-13 re-checked), with each failed rule.</summary>
public sealed record BlockedFile(Guid ApplicationId, IReadOnlyList<EligibilityCheck> Failures);

/// <summary>The decision is refused while files are blocked; each is named with its reasons so it can be returned or rejected.</summary>
public sealed class DecisionBlockedException(IReadOnlyList<BlockedFile> blocked)
    : BusinessException(RobotPlanErrorCodes.DecisionBlocked, null, blocked.Count)
{
    public IReadOnlyList<BlockedFile> Blocked { get; } = blocked;
}
