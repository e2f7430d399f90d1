namespace RobotPlan.Errors;

public static partial class RobotPlanErrorCodes
{
    public const string PayoutBatchIllegalTransition = "RobotPlan:Payouts.BatchIllegalTransition";
    /// <summary>R-40 four-eyes: the officer who submitted a batch may not approve it.</summary>
    public const string PayoutSameOfficer = "RobotPlan:Payouts.SameOfficer";
    public const string PayoutBatchEmpty = "RobotPlan:Payouts.BatchEmpty";
    public const string PayoutNotHeld = "RobotPlan:Payouts.NotHeld";
    public const string PayoutHoldStillApplies = "RobotPlan:Payouts.HoldStillApplies";
    public const string PaymentIllegalTransition = "RobotPlan:Payouts.PaymentIllegalTransition";
    public const string TreasuryUnavailable = "RobotPlan:Payouts.TreasuryUnavailable";
    [OfKind(ErrorKind.Invalid)] public const string ReconciliationDateInvalid = "RobotPlan:Payouts.ReconciliationDateInvalid";
}
