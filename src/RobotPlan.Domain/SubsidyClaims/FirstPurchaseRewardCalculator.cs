using RobotPlan.Money;

namespace RobotPlan.SubsidyClaims;

/// <summary>R-34: reward = rewardRate × contractPrice, rounded half away from zero to the fen, capped per claim.</summary>
public static class FirstPurchaseRewardCalculator
{
    public static (decimal Amount, IReadOnlyList<ComputationLine> Lines) Calculate(decimal contractPrice, decimal rewardRate, decimal rewardCap)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(contractPrice);
        var uncapped = MoneyRounding.ToFen(rewardRate * contractPrice);
        var amount = Math.Min(uncapped, rewardCap);
        ComputationLine[] lines =
        [
            new("RewardBeforeCap", $"{rewardRate:0.######} × {contractPrice:0.00}", uncapped),
            new("Amount", $"min({uncapped:0.00}, {rewardCap:0.00})", amount),
        ];
        return (amount, lines);
    }
}
