namespace RobotPlan.Errors;

public static partial class RobotPlanErrorCodes
{
    public const string AwardAmountInvalid = "RobotPlan:Award.AmountInvalid";
    public const string AwardIllegalTransition = "RobotPlan:Award.IllegalTransition";
    public const string AwardReasonRequired = "RobotPlan:Award.ReasonRequired";
}
