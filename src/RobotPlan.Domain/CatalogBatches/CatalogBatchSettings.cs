namespace RobotPlan.CatalogBatches;

/// <summary>
/// Everything a municipal reviewer sets on a batch. Instants are UTC (the app service converts the
/// Asia/Shanghai local times the reviewer typed).
/// </summary>
public sealed record CatalogBatchSettings(
    CatalogKind Catalog,
    int Year,
    string Title,
    DateTime OpensAt,
    DateTime ClosesAt,
    DateTime RevisionDeadline,
    IReadOnlyList<RubricCriterion> Rubric,
    int ExpertsPerFile = CatalogBatchConsts.DefaultExpertsPerFile,
    int PassMark = CatalogBatchConsts.DefaultPassMark,
    int NoticeWorkingDays = CatalogBatchConsts.DefaultNoticeWorkingDays,
    int ReviewWorkingDays = CatalogBatchConsts.DefaultReviewWorkingDays,
    string? TitleEn = null);
