namespace RobotPlan.CatalogApplications;

public static class CatalogApplicationConsts
{
    public const int MaxReasonLength = 1000;
    public const int MaxCommentLength = Reviews.StatusHistoryConsts.MaxCommentLength;
    public const int MaxIndicators = 30;
    public const int MaxPatents = 50;
    public const int MaxTextLength = 256;
    public const int MaxServiceLength = 2000;
    public const int MaxContractNumberLength = 64;
}
