using RobotPlan.CatalogBatches;
using RobotPlan.CatalogListings;

namespace RobotPlan.Domain.Tests.CatalogBatches;

/// <summary>A batch open 2026-03-01 00:00 to 2026-04-01 00:00 Asia/Shanghai, revisions until 2026-05-01.</summary>
internal static class CatalogBatchFactory
{
    public static readonly DateTime OpensAt = new(2026, 2, 28, 16, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime ClosesAt = new(2026, 3, 31, 16, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime RevisionDeadline = new(2026, 4, 30, 16, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime InWindow = OpensAt.AddDays(3);

    public static IReadOnlyList<RubricCriterion> Rubric { get; } =
        [new("技术先进性", 40), new("市场前景", 30), new("自主可控", 30)];

    public static CatalogBatchSettings Settings(CatalogKind catalog = CatalogKind.FirstUnit) =>
        new(catalog, 2026, " 2026年首台（套）第一批 ", OpensAt, ClosesAt, RevisionDeadline, Rubric);

    public static CatalogBatch Batch(CatalogKind catalog = CatalogKind.FirstUnit, DateTime? now = null) =>
        new(Settings(catalog), now ?? InWindow);
}
