using RobotPlan.CatalogApplications;
using RobotPlan.Localization;

namespace RobotPlan.CatalogBatches;

/// <summary>Instants are UTC; the *Local fields are the same instants in Asia/Shanghai for display.</summary>
public sealed record CatalogBatchDto(
    Guid Id, CatalogKind Catalog, int Year, string Title, string? TitleEn, DateTime OpensAt, DateTime ClosesAt, DateTime RevisionDeadline,
    DateTime OpensAtLocal, DateTime ClosesAtLocal, DateTime RevisionDeadlineLocal,
    IReadOnlyList<RubricCriterionDto> Rubric, int ExpertsPerFile, int PassMark, int NoticeWorkingDays, int ReviewWorkingDays,
    CatalogBatchStatus Status, string ConcurrencyStamp);

public static class CatalogBatchDtoNames
{
    /// <summary>The title in the reader's UI culture (issue #16 item 6).</summary>
    public static string LocalTitle(this CatalogBatchDto batch) => BilingualName.Local(batch.Title, batch.TitleEn);
}

public sealed class RubricCriterionDto
{
    [Required, StringLength(CatalogBatchConsts.MaxCriterionNameLength)]
    public string Name { get; set; } = "";

    [Range(1, CatalogBatchConsts.RubricTotal)]
    public int Weight { get; set; }
}

/// <summary>Window times are Asia/Shanghai local date-times (what a reviewer in Chongqing types).</summary>
public class CreateCatalogBatchDto
{
    [Required, EnumDataType(typeof(CatalogKind))]
    public CatalogKind? Catalog { get; set; }

    [Range(CatalogBatchConsts.MinYear, CatalogBatchConsts.MaxYear)]
    public int Year { get; set; }

    [Required, StringLength(CatalogBatchConsts.MaxTitleLength)]
    public string Title { get; set; } = "";

    /// <summary>Optional; English pages show the Chinese title when empty.</summary>
    [StringLength(CatalogBatchConsts.MaxTitleLength)]
    public string? TitleEn { get; set; }

    [Required]
    public DateTime? OpensAt { get; set; }

    [Required]
    public DateTime? ClosesAt { get; set; }

    [Required]
    public DateTime? RevisionDeadline { get; set; }

    [Required, MinLength(1), MaxLength(CatalogBatchConsts.MaxCriteria)]
    public List<RubricCriterionDto> Rubric { get; set; } = [];

    [Range(1, 15)]
    public int ExpertsPerFile { get; set; } = CatalogBatchConsts.DefaultExpertsPerFile;

    [Range(1, CatalogBatchConsts.RubricTotal)]
    public int PassMark { get; set; } = CatalogBatchConsts.DefaultPassMark;

    [Range(1, 30)]
    public int NoticeWorkingDays { get; set; } = CatalogBatchConsts.DefaultNoticeWorkingDays;

    [Range(1, 60)]
    public int ReviewWorkingDays { get; set; } = CatalogBatchConsts.DefaultReviewWorkingDays;
}

public sealed class UpdateCatalogBatchDto : CreateCatalogBatchDto
{
    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

public sealed class GetCatalogBatchesInput : PagedAndSortedResultRequestDto
{
    [EnumDataType(typeof(CatalogKind))]
    public CatalogKind? Catalog { get; set; }

    [Range(CatalogBatchConsts.MinYear, CatalogBatchConsts.MaxYear)]
    public int? Year { get; set; }

    [EnumDataType(typeof(CatalogBatchStatus))]
    public CatalogBatchStatus? Status { get; set; }
}

/// <summary>Municipal reviewers' view of a batch: how many files are in each state.</summary>
public sealed record CatalogBatchProgressDto(Guid BatchId, string Title, CatalogKind Catalog, CatalogBatchStatus Status,
    IReadOnlyDictionary<CatalogApplicationStatus, int> Counts, int Total);
