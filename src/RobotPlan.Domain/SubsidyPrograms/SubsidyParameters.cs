namespace RobotPlan.SubsidyPrograms;

/// <summary>
/// Every *(param)* of domain.md §5 for one programme year: insurance compensation (R-31…R-33) and the
/// first-purchase reward. Values, not an entity: a change makes a new <see cref="SubsidyParameterVersion"/>.
/// </summary>
public sealed record SubsidyParameters(
    decimal RateCap,
    decimal SubsidyRate,
    decimal PerProjectCap,
    int MaxCompensatedYears,
    int FirstUnitsPerBuyer,
    decimal RewardRate,
    decimal RewardCap,
    bool AllowCombination)
{
    /// <summary>domain.md's defaults; the reward rate and cap have none there (10% capped at 1,000,000 元 chosen here).</summary>
    public static SubsidyParameters Default { get; } = new(0.03m, 0.80m, 5_000_000m, 3, 3, 0.10m, 1_000_000m, false);
}
