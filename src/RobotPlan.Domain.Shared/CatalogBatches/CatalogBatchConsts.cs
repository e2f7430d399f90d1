namespace RobotPlan.CatalogBatches;

public static class CatalogBatchConsts
{
    public const int MaxTitleLength = 128;
    public const int MaxCriterionNameLength = 64;
    public const int MaxCriteria = 20;
    /// <summary>R-14: the rubric's weights add up to this.</summary>
    public const int RubricTotal = 100;
    public const int DefaultExpertsPerFile = 3;
    public const int DefaultPassMark = 60;
    public const int DefaultNoticeWorkingDays = 5;
    public const int DefaultReviewWorkingDays = 10;
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
}
