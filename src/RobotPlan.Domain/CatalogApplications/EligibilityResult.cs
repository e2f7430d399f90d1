namespace RobotPlan.CatalogApplications;

/// <summary>One rule's outcome; <see cref="ReasonCode"/> is the localized reason shown when it failed.</summary>
public sealed record EligibilityCheck(EligibilityRule Rule, bool Passed)
{
    public string ReasonCode => $"RobotPlan:Catalog.Eligibility.{Rule}";
}

public sealed record EligibilityResult(IReadOnlyList<EligibilityCheck> Checks)
{
    public bool IsEligible => Checks.All(c => c.Passed);
    public IEnumerable<EligibilityCheck> Failures => Checks.Where(c => !c.Passed);
}
