namespace RobotPlan.Enterprises;

/// <summary>The account payouts are sent to (value object). AccountName must equal the legal name.</summary>
public sealed record BankAccount(string AccountName, string BankName, string AccountNumber);
