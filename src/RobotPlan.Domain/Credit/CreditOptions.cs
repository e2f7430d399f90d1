namespace RobotPlan.Credit;

/// <summary>Credit (信用) parameters, bound from the "Credit" configuration section.</summary>
public sealed class CreditOptions
{
    public const string SectionName = "Credit";
    /// <summary>R-60 (param): years a fraud finding blacklists the payee.</summary>
    public int FraudBlacklistYears { get; set; } = CreditConsts.DefaultFraudBlacklistYears;
}
