namespace RobotPlan.Errors;

public static partial class RobotPlanErrorCodes
{
    public const string ClaimIllegalTransition = "RobotPlan:Claim.IllegalTransition";
    [OfKind(ErrorKind.Invalid)] public const string ClaimReasonRequired = "RobotPlan:Claim.ReasonRequired";
    public const string ClaimNotEligible = "RobotPlan:Claim.NotEligible";
    public const string ClaimProgramKindMismatch = "RobotPlan:Claim.ProgramKindMismatch";
    [OfKind(ErrorKind.Invalid)] public const string ClaimPolicyNotOwned = "RobotPlan:Claim.PolicyNotOwned";
    [OfKind(ErrorKind.Invalid)] public const string ClaimProductNotFound = "RobotPlan:Claim.ProductNotFound";
    [OfKind(ErrorKind.Invalid)] public const string ClaimAmountInvalid = "RobotPlan:Claim.AmountInvalid";
    public const string ClaimNothingToAward = "RobotPlan:Claim.NothingToAward";
    /// <summary>R-37: the programme's remaining budget cannot cover the amount.</summary>
    public const string ClaimBudgetExceeded = "RobotPlan:Claim.BudgetExceeded";
    public const string ClaimNotEditable = "RobotPlan:Claim.NotEditable";
}
