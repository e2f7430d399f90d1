namespace RobotPlan.HistoryChains;

/// <summary>
/// Tamper-evident history: each chained row stores the hash of its content and of the previous row of its stream (one
/// stream per file for histories, one for the audit log). Verification recomputes every hash and reports the first break.
/// </summary>
public interface IHistoryChainVerifier
{
    Task<IReadOnlyList<HistoryChainResult>> VerifyAsync(CancellationToken ct = default);
}

/// <summary>One chained table: how many rows and streams were checked, and the first broken link (null when intact).</summary>
public sealed record HistoryChainResult(string Chain, int Rows, int Streams, HistoryChainBreak? FirstBreak);

/// <summary>
/// <paramref name="Problem"/>: ContentChanged (the row's content no longer matches its hash), LinkBroken (its previous-hash
/// is not the previous row's hash), RowMissing (a sequence number is missing: a row was deleted).
/// </summary>
public sealed record HistoryChainBreak(string Stream, long Sequence, string RowId, string Problem);
