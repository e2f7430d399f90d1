using RobotPlan.CatalogApplications;
using RobotPlan.Reviews;
using RobotPlan.SubsidyClaims;
using RobotPlan.SubsidyPrograms;

namespace RobotPlan.ReviewTasks;

/// <summary>What waits in the inbox: a catalog file (目录申报) or a subsidy claim (补助申请).</summary>
public enum ReviewTaskKind
{
    CatalogFile = 1,
    SubsidyClaim = 2,
}

/// <summary>The step a file waits in, in the same words for catalog files and claims (the inbox's state filter).</summary>
public enum ReviewStep
{
    /// <summary>区县初审: submitted, or taken by the district reviewer.</summary>
    District = 1,
    /// <summary>市级审核 (formal review of a catalog file, municipal review of a claim).</summary>
    Municipal = 2,
    /// <summary>待决定: a catalog file scored by its panel, waiting for the batch decision.</summary>
    Decision = 3,
    /// <summary>财政确认 of a claim.</summary>
    Finance = 4,
}

public enum ReviewTaskSort
{
    /// <summary>The due day, then the longest waiting first (the default: what must be done first is on top).</summary>
    Deadline = 1,
    WaitingSince = 2,
    Enterprise = 3,
    /// <summary>The batch's or programme's title.</summary>
    Container = 4,
}

/// <summary>
/// One row of the inbox. Exactly one of <paramref name="CatalogStatus"/> / <paramref name="ClaimStatus"/> (and of
/// <paramref name="Catalog"/> / <paramref name="SubsidyKind"/>) is set, by <paramref name="Kind"/>; the container is the
/// file's batch or the claim's programme. <paramref name="WorkingDaysLeft"/> is negative once the deadline has passed.
/// </summary>
public sealed record ReviewTaskDto(ReviewTaskKind Kind, Guid FileId, ReviewStep Step, CatalogApplicationStatus? CatalogStatus,
    SubsidyClaimStatus? ClaimStatus, CatalogKind? Catalog, SubsidyKind? SubsidyKind, Guid ContainerId, string? ContainerTitle,
    string? EnterpriseName, string? ProductName, Guid? DistrictId, string? DistrictName, DateTime WaitingSince, DateOnly Deadline,
    int WorkingDaysLeft, ReviewUrgency Urgency);

/// <summary>A choice of a filter (a batch or programme, a district) among the reviewer's own tasks.</summary>
public sealed record ReviewTaskOptionDto(Guid Id, string? Name, ReviewTaskKind? Kind = null);

/// <summary>
/// A page of the filtered inbox; the counts and the filter choices are over all of the reviewer's tasks, so a filter never
/// hides what else is overdue.
/// </summary>
public sealed record ReviewTaskListDto(int TotalCount, IReadOnlyList<ReviewTaskDto> Items, int AllCount, int OverdueCount, int DueSoonCount,
    IReadOnlyList<ReviewTaskOptionDto> Containers, IReadOnlyList<ReviewTaskOptionDto> Districts);

public sealed class GetReviewTasksInput
{
    public const int MaxPageSize = 200;

    /// <summary>Part of the product's, the enterprise's or the batch's/programme's name.</summary>
    [StringLength(100)] public string? Search { get; set; }
    [EnumDataType(typeof(ReviewTaskKind))] public ReviewTaskKind? Kind { get; set; }
    /// <summary>A catalog batch or a subsidy programme.</summary>
    public Guid? ContainerId { get; set; }
    [EnumDataType(typeof(ReviewStep))] public ReviewStep? Step { get; set; }
    public Guid? DistrictId { get; set; }
    [EnumDataType(typeof(ReviewUrgency))] public ReviewUrgency? Urgency { get; set; }
    [EnumDataType(typeof(ReviewTaskSort))] public ReviewTaskSort Sort { get; set; } = ReviewTaskSort.Deadline;
    public bool Descending { get; set; }
    [Range(0, int.MaxValue)] public int SkipCount { get; set; }
    [Range(1, MaxPageSize)] public int MaxResultCount { get; set; } = 50;
}

/// <summary>
/// 待办 (issue #19 finding 8): one inbox per reviewer or finance officer — the catalog files and the claims waiting for the
/// steps they may act on (a district reviewer: their district's only), with working-day deadlines.
/// </summary>
public interface IReviewTaskAppService
{
    Task<ReviewTaskListDto> GetListAsync(GetReviewTasksInput input, CancellationToken ct = default);

    /// <summary>Every row the filters match (no paging), as .xlsx with the headers in the user's language.</summary>
    Task<Files.FileDownload> ExportAsync(GetReviewTasksInput input, CancellationToken ct = default);

    /// <summary>
    /// Approves each file at the district or municipal review step it waits in, with the one comment; a refused file
    /// (another step, moved on, out of the caller's scope, a rule) leaves the others approved and says why.
    /// </summary>
    Task<BulkApproveResultDto> ApproveAsync(BulkApproveInput input, CancellationToken ct = default);
}

/// <summary>One file of a bulk approval, with the step the inbox showed it in (a file that moved on is refused, not approved at another step).</summary>
public sealed class BulkApproveItemDto
{
    [Required, EnumDataType(typeof(ReviewTaskKind))] public ReviewTaskKind? Kind { get; set; }
    [Required] public Guid? FileId { get; set; }
    [Required, EnumDataType(typeof(ReviewStep))] public ReviewStep? Step { get; set; }
}

/// <summary>批量通过: one comment for all; each file is approved on its own (and gets its own history row).</summary>
public sealed class BulkApproveInput
{
    public const int MaxFiles = 100;

    [Required, MinLength(1), MaxLength(MaxFiles)] public List<BulkApproveItemDto>? Items { get; set; }
    [StringLength(Reviews.StatusHistoryConsts.MaxCommentLength)] public string? Comment { get; set; }
}

/// <summary>What happened to one file: approved, or refused with the reason's code and its text in the user's language.</summary>
public sealed record BulkApproveFileResultDto(ReviewTaskKind Kind, Guid FileId, bool Approved, string? Code, string? Message);

public sealed record BulkApproveResultDto(int Approved, int Refused, IReadOnlyList<BulkApproveFileResultDto> Files);
