namespace RobotPlan.PublicNotices;

/// <summary>An objection (异议) during public notice; an Open one blocks listing .</summary>
public enum ObjectionStatus
{
    Open = 0,
    /// <summary>The file was rejected.</summary>
    Upheld = 1,
    Dismissed = 2,
}
