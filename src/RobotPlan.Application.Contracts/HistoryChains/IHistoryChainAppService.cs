namespace RobotPlan.HistoryChains;

/// <summary>Administrators verify the tamper-evident histories (application, listing, audit log).</summary>
public interface IHistoryChainAppService
{
    Task<HistoryChainReportDto> VerifyAsync(CancellationToken ct = default);
}

public sealed record HistoryChainReportDto(bool Intact, DateTime VerifiedAt, IReadOnlyList<HistoryChainResultDto> Chains);

/// <summary>One chained table; <see cref="Problem"/> and the rest describe its first broken link (null when intact).</summary>
public sealed record HistoryChainResultDto(string Chain, int Rows, int Streams, bool Intact, string? Stream, long? Sequence, string? RowId,
    string? Problem);
