namespace RobotPlan.ExpertPanels;

public static class ExpertPanelConsts
{
    public const int MaxCommentLength = 1000;
    public const int MaxReasonLength = 1000;
}
