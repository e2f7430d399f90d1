namespace RobotPlan.Experts;

public static class ExpertConsts
{
    public const int MaxFields = 20;
    public const int MaxConflicts = 50;
    public const int MaxEmployerNameLength = 128;
    public const int MaxCategoryCodeLength = 32;
}
