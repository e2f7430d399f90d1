using RobotPlan.CatalogBatches;

namespace RobotPlan.ExpertPanels;

/// <summary>A panel as the caller may see it: other members' scores are null until all required scores are in.</summary>
public sealed record ExpertPanelDto(
    Guid Id, Guid ApplicationId, string? EnterpriseName, string? ProductName, string? ProductModel, string CategoryCode, long Seed,
    IReadOnlyList<Guid> Candidates, IReadOnlyList<RubricCriterionDto> Rubric, int RequiredScores, int PassMark,
    IReadOnlyList<PanelMemberDto> Members, DateTime DrawnAt, DateTime? CompletedAt, decimal? MeanScore, bool? Passed,
    string ConcurrencyStamp);

public sealed record PanelMemberDto(Guid ExpertUserId, string? ExpertName, int DrawPosition, PanelMemberStatus Status,
    DateTime? DeclaredAt, string? RecusalReason, int? Total, IReadOnlyList<CriterionScoreDto>? Scores);

public sealed record CriterionScoreDto(string Criterion, int Score, string Comment);

/// <summary>The draw re-run from the stored seed and candidates .</summary>
public sealed record PanelVerificationDto(bool Matches, IReadOnlyList<Guid> RecomputedOrder);

public sealed class DrawExpertPanelDto
{
    [Required]
    public Guid? ApplicationId { get; set; }
}

public sealed class RecuseDto
{
    [Required, StringLength(ExpertPanelConsts.MaxReasonLength)]
    public string Reason { get; set; } = "";
}

public sealed class CriterionScoreInputDto
{
    [Required, StringLength(CatalogBatchConsts.MaxCriterionNameLength)]
    public string Criterion { get; set; } = "";

    [Range(0, CatalogBatchConsts.RubricTotal)]
    public int Score { get; set; }

    [Required, StringLength(ExpertPanelConsts.MaxCommentLength)]
    public string Comment { get; set; } = "";
}

public sealed class ScoreDto
{
    [Required, MinLength(1), MaxLength(CatalogBatchConsts.MaxCriteria)]
    public List<CriterionScoreInputDto> Scores { get; set; } = [];
}
