namespace RobotPlan.Errors;

/// <summary>企业实名核验 and USCC recovery (issue #14).</summary>
public static partial class RobotPlanErrorCodes
{
    /// <summary>The chosen 初审 jurisdiction contradicts the USCC's division code (400 on jurisdictionId).</summary>
    [OfKind(ErrorKind.Invalid)] public const string JurisdictionContradictsUscc = "RobotPlan:Enterprise.JurisdictionContradictsUscc";
    public const string AlreadySignedIn = "RobotPlan:Enterprise.AlreadySignedIn";
    public const string AlreadyVerified = "RobotPlan:Enterprise.AlreadyVerified";
    public const string VerificationNotSubmitted = "RobotPlan:Enterprise.VerificationNotSubmitted";
    public const string VerificationReasonRequired = "RobotPlan:Enterprise.VerificationReasonRequired";
    /// <summary>Not yet verified by its district: may keep its profile and products, not apply, claim or be paid.</summary>
    public const string EnterpriseNotVerified = "RobotPlan:Enterprise.NotVerified";
    public const string UsccNotRegistered = "RobotPlan:Enterprise.UsccNotRegistered";
    public const string DisputeAlreadyOpen = "RobotPlan:Enterprise.DisputeAlreadyOpen";
    public const string DisputeNotOpen = "RobotPlan:Enterprise.DisputeNotOpen";
}
