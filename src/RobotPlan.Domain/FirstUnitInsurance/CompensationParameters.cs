namespace RobotPlan.FirstUnitInsurance;

/// <summary>
/// The programme parameters depend on (*(param)* in domain.md). A decision stores the values it used,
/// so an old amount can be explained after the programme changes them.
/// </summary>
public sealed record CompensationParameters(decimal RateCap, decimal SubsidyRate, decimal PerProjectCap, int MaxCompensatedYears)
{
    /// <summary>3% premium-rate cap, 80% subsidy, 5,000,000 元 per project, 3 policy years.</summary>
    public static CompensationParameters Default { get; } = new(0.03m, 0.80m, 5_000_000m, 3);
}
