using RobotPlan.HistoryChains;

namespace RobotPlan.EntityFrameworkCore.HistoryChains;

/// <summary>Reads every chained table page by page (tracked, then forgotten) and recomputes its chains.</summary>
internal sealed class HistoryChainVerifier(RobotPlanDbContext db) : IHistoryChainVerifier
{
    private const int PageSize = 500;

    public async Task<IReadOnlyList<HistoryChainResult>> VerifyAsync(CancellationToken ct)
    {
        var results = new List<HistoryChainResult>();
        foreach (var chain in HashChains.All) results.Add(await VerifyAsync(chain, ct));
        return results;
    }

    private async Task<HistoryChainResult> VerifyAsync(HashChainDefinition chain, CancellationToken ct)
    {
        object? stream = new();
        var (sequence, previous, rows, streams) = (0L, HashChains.Genesis, 0, 0);
        HistoryChainBreak? broken = null;
        for (var skip = 0; broken is null; skip += PageSize)
        {
            db.ChangeTracker.Clear();
            var page = await chain.ReadPage(db, skip, PageSize, ct);
            if (page.Count == 0) break;
            foreach (var entry in page)
            {
                var rowStream = chain.StreamProperty is null ? null : entry.Property(chain.StreamProperty).CurrentValue;
                if (!Equals(rowStream, stream))
                {
                    (stream, sequence, previous) = (rowStream, 0, HashChains.Genesis);
                    streams++;
                }
                rows++;
                var rowSequence = (long)entry.Property(HashChains.SequenceProperty).CurrentValue!;
                var storedPrevious = (string)entry.Property(HashChains.PreviousHashProperty).CurrentValue!;
                var storedHash = (string)entry.Property(HashChains.HashProperty).CurrentValue!;
                var problem = rowSequence != sequence + 1 ? "RowMissing"
                    : storedPrevious != previous ? "LinkBroken"
                    : HashChainInterceptor.Hash(storedPrevious, entry) != storedHash ? "ContentChanged"
                    : null;
                if (problem is not null)
                {
                    broken = new HistoryChainBreak(rowStream?.ToString() ?? chain.Name, rowSequence,
                        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue)), problem);
                    break;
                }
                (sequence, previous) = (rowSequence, storedHash);
            }
            if (!chain.PagesOwners && page.Count < PageSize) break;
        }
        db.ChangeTracker.Clear();
        return new HistoryChainResult(chain.Name, rows, streams, broken);
    }
}
