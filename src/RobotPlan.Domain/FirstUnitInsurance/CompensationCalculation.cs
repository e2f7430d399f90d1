namespace RobotPlan.FirstUnitInsurance;

/// <summary>One line of the computation as the explain view and the estimator show it (value in 元, to the fen).</summary>
public sealed record CompensationLine(string Key, string Formula, decimal Value);

/// <summary>The amount for one policy year and how it was reached, line by line.</summary>
public sealed record CompensationCalculation(
    decimal PremiumPaid,
    decimal SumInsured,
    decimal AlreadyCompensated,
    CompensationParameters Parameters,
    decimal EligiblePremium,
    decimal UncappedAmount,
    decimal Amount,
    IReadOnlyList<CompensationLine> Lines)
{
    public bool CappedByProjectLimit => Amount < UncappedAmount;
}
