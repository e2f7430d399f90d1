namespace RobotPlan.SubsidyAwards;

/// <summary>Where the money of one approved claim stands (R-36's tail: Approved → Paid, then a possible clawback).</summary>
public enum AwardStatus
{
    Approved = 1,
    Paid = 2,
    ClawbackPending = 3,
    ClawedBack = 4,
}
