namespace RobotPlan.Dtos;

/// <summary>ABP's paging convention: skipCount / maxResultCount (capped) / sorting ("field" or "field desc").</summary>
public class PagedAndSortedResultRequestDto
{
    public const int MaxMaxResultCount = 1000;

    [Range(0, int.MaxValue)]
    public int SkipCount { get; set; }

    [Range(1, MaxMaxResultCount)]
    public int MaxResultCount { get; set; } = 20;

    [StringLength(64)]
    public string? Sorting { get; set; }
}

public sealed record PagedResultDto<T>(int TotalCount, IReadOnlyList<T> Items);
