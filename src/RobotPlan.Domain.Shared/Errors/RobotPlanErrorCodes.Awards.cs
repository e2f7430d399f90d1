namespace RobotPlan.Errors;

public static partial class RobotPlanErrorCodes
{
    [OfKind(ErrorKind.Invalid)] public const string AwardAmountInvalid = "RobotPlan:Award.AmountInvalid";
    public const string AwardIllegalTransition = "RobotPlan:Award.IllegalTransition";
    [OfKind(ErrorKind.Invalid)] public const string AwardReasonRequired = "RobotPlan:Award.ReasonRequired";
}
