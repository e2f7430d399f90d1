using RobotPlan.Money;
using RobotPlan.SubsidyPrograms;

namespace RobotPlan.SubsidyClaims;

/// <summary>
/// 首台（套）保险补偿 amount for one policy year. Every money step is rounded to the fen half away from zero
/// (四舍五入) as the computation sheet shows it, so the lines add up to exactly what is paid.
/// </summary>
public static class InsuranceCompensationCalculator
{
    /// <summary>Line keys; the explain view and the estimator localize them as "Subsidy:Line:{key}".</summary>
    public const string PremiumCap = "PremiumCap", EligiblePremium = "EligiblePremium", SubsidyBeforeCap = "SubsidyBeforeCap",
        ProjectCapRemaining = "ProjectCapRemaining", Amount = "Amount";

    public static (decimal Amount, IReadOnlyList<ComputationLine> Lines) Calculate(decimal premiumPaid, decimal sumInsured,
        decimal alreadyCompensated, SubsidyParameters parameters)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(premiumPaid);
        ArgumentOutOfRangeException.ThrowIfNegative(sumInsured);
        ArgumentOutOfRangeException.ThrowIfNegative(alreadyCompensated);

        var premiumCap = MoneyRounding.ToFen(parameters.RateCap * sumInsured);
        var eligiblePremium = Math.Min(MoneyRounding.ToFen(premiumPaid), premiumCap);
        var uncapped = MoneyRounding.ToFen(parameters.SubsidyRate * eligiblePremium);
        // The project's total across all policy years never exceeds the cap.
        var remaining = Math.Max(0m, parameters.PerProjectCap - alreadyCompensated);
        var amount = Math.Min(uncapped, remaining);

        ComputationLine[] lines =
        [
            new(PremiumCap, $"{parameters.RateCap:0.####} × {sumInsured:0.00}", premiumCap),
            new(EligiblePremium, $"min({premiumPaid:0.00}, {premiumCap:0.00})", eligiblePremium),
            new(SubsidyBeforeCap, $"{parameters.SubsidyRate:0.####} × {eligiblePremium:0.00}", uncapped),
            new(ProjectCapRemaining, $"max(0, {parameters.PerProjectCap:0.00} − {alreadyCompensated:0.00})", remaining),
            new(Amount, $"min({uncapped:0.00}, {remaining:0.00})", amount),
        ];
        return (amount, lines);
    }
}
