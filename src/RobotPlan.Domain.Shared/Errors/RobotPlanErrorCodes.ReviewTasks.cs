namespace RobotPlan.Errors;

public static partial class RobotPlanErrorCodes
{
    /// <summary>Bulk approval is for the district and municipal review steps only: the decision and finance's confirmation are made file by file.</summary>
    public const string BulkApproveNotAllowed = "RobotPlan:ReviewTasks.BulkApproveNotAllowed";
    /// <summary>The file moved on (another reviewer acted, or it was withdrawn) since the inbox showed it in that step.</summary>
    [OfKind(ErrorKind.Conflict)] public const string TaskNoLongerInStep = "RobotPlan:ReviewTasks.NoLongerInStep";
}
