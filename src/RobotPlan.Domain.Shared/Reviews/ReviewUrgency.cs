namespace RobotPlan.Reviews;

/// <summary>
/// How close a waiting file is to its step's working-day deadline (issue #19: the inbox highlights due-soon and overdue
/// files). Ordered: a higher value is more urgent.
/// </summary>
public enum ReviewUrgency
{
    InTime = 1,
    /// <summary>At most <c>ReviewDeadline.DueSoonWorkingDays</c> working days left, the due day itself included.</summary>
    DueSoon = 2,
    Overdue = 3,
}
