namespace RobotPlan.TestReports;

public static class TestReportConsts
{
    public const int MaxNumberLength = 64;
    public const int MaxConclusionLength = 2000;
    public const int MaxReasonLength = 500;
}
