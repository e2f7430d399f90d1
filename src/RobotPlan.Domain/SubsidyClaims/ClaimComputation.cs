using RobotPlan.SubsidyPrograms;

namespace RobotPlan.SubsidyClaims;

/// <summary>One line of a computation as the explain view and the estimator show it (value in 元, to the fen).</summary>
public sealed record ComputationLine(string Key, string Formula, decimal Value);

/// <summary>The inputs an amount was computed from (元): premium and sum insured with what the project already got, or the contract price.</summary>
public sealed record ClaimInputs(decimal? PremiumPaid, decimal? SumInsured, decimal? AlreadyCompensated, decimal? ContractPrice);

/// <summary>
/// A decision's explanation (R-31 "the decision stores every input and parameter it used"): the inputs, the programme's
/// parameter version and its values, the computation lines and the amount. <see cref="Recompute"/> runs the same
/// calculator on the stored inputs, so an award can be re-derived years later. The estimator shows the same computation.
/// </summary>
public sealed record ClaimComputation(
    SubsidyKind Kind,
    int ParameterVersion,
    SubsidyParameters Parameters,
    ClaimInputs Inputs,
    IReadOnlyList<ComputationLine> Lines,
    decimal Amount)
{
    public static ClaimComputation ForCompensation(int parameterVersion, SubsidyParameters parameters, decimal premiumPaid, decimal sumInsured,
        decimal alreadyCompensated)
    {
        var (amount, lines) = InsuranceCompensationCalculator.Calculate(premiumPaid, sumInsured, alreadyCompensated, parameters);
        return new(SubsidyKind.InsuranceCompensation, parameterVersion, parameters,
            new ClaimInputs(premiumPaid, sumInsured, alreadyCompensated, null), lines, amount);
    }

    public static ClaimComputation ForReward(int parameterVersion, SubsidyParameters parameters, decimal contractPrice)
    {
        var (amount, lines) = FirstPurchaseRewardCalculator.Calculate(contractPrice, parameters.RewardRate, parameters.RewardCap);
        return new(SubsidyKind.FirstPurchaseReward, parameterVersion, parameters, new ClaimInputs(null, null, null, contractPrice), lines, amount);
    }

    /// <summary>The value of one named line, e.g. R-31's <see cref="InsuranceCompensationCalculator.EligiblePremium"/>.</summary>
    public decimal ValueOf(string lineKey) => Lines.Single(l => l.Key == lineKey).Value;

    /// <summary>The same computation again from the stored inputs and parameter values only.</summary>
    public ClaimComputation Recompute() => Kind switch
    {
        SubsidyKind.InsuranceCompensation => ForCompensation(ParameterVersion, Parameters, Inputs.PremiumPaid!.Value, Inputs.SumInsured!.Value,
            Inputs.AlreadyCompensated!.Value),
        SubsidyKind.FirstPurchaseReward => ForReward(ParameterVersion, Parameters, Inputs.ContractPrice!.Value),
        _ => throw new InvalidOperationException($"Unknown kind {Kind}."),
    };
}
