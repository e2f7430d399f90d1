namespace RobotPlan.SubsidyClaims;

/// <summary>Submission or confirmation refused, with one localized reason per failed rule (a 422 listing them).</summary>
public sealed class ClaimNotEligibleException(IReadOnlyList<ClaimCheck> failures) : BusinessException(RobotPlanErrorCodes.ClaimNotEligible)
{
    public IReadOnlyList<ClaimCheck> Failures { get; } = failures;
    public override string Message => base.Message + ": " + string.Join("; ", Failures.Select(f => f.ToString()));
}
