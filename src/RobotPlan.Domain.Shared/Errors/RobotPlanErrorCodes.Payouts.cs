namespace RobotPlan.Errors;

public static partial class RobotPlanErrorCodes
{
    /// <summary>The batch is no longer in the state the act needs (another officer acted first): a conflict with its state.</summary>
    [OfKind(ErrorKind.Conflict)] public const string PayoutBatchIllegalTransition = "RobotPlan:Payouts.BatchIllegalTransition";
    /// <summary>Returning or rejecting a batch says why (the submitter reads it), in at most 1,000 characters (the history's comment).</summary>
    [OfKind(ErrorKind.Invalid)] public const string PayoutDecisionReasonRequired = "RobotPlan:Payouts.DecisionReasonRequired";
    /// <summary>R-40 four-eyes: the officer who submitted a batch may not approve it.</summary>
    public const string PayoutSameOfficer = "RobotPlan:Payouts.SameOfficer";
    public const string PayoutBatchEmpty = "RobotPlan:Payouts.BatchEmpty";
    public const string PayoutNotHeld = "RobotPlan:Payouts.NotHeld";
    public const string PayoutHoldStillApplies = "RobotPlan:Payouts.HoldStillApplies";
    public const string PaymentIllegalTransition = "RobotPlan:Payouts.PaymentIllegalTransition";
    public const string TreasuryUnavailable = "RobotPlan:Payouts.TreasuryUnavailable";
    [OfKind(ErrorKind.Invalid)] public const string ReconciliationDateInvalid = "RobotPlan:Payouts.ReconciliationDateInvalid";
}
