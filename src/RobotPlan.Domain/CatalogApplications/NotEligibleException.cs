namespace RobotPlan.CatalogApplications;

/// <summary>R-13: submission refused, with one localized reason per failed rule (a 422 listing them).</summary>
public sealed class NotEligibleException(IReadOnlyList<EligibilityCheck> failures)
    : BusinessException(RobotPlanErrorCodes.NotEligible)
{
    public IReadOnlyList<EligibilityCheck> Failures { get; } = failures;
}
