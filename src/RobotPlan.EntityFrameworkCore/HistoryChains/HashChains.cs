namespace RobotPlan.EntityFrameworkCore.HistoryChains;

/// <summary>
/// The chained tables. Adopting the chain for another append-only table (e.g. the claims' history) is one line here:
/// <c>Owned&lt;SubsidyClaim&gt;(typeof(SubsidyClaimHistoryEntry), "ClaimId", c =&gt; c.History)</c> for an owned history, or
/// <c>Entity&lt;T&gt;(stream)</c> for an entity of its own — the interceptor, the columns, the unique index and the verifier follow.
/// </summary>
public static class HashChains
{
    public const string SequenceProperty = "ChainSequence";
    public const string PreviousHashProperty = "ChainPreviousHash";
    public const string HashProperty = "ChainHash";
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";
    internal const string StreamAnnotation = "RobotPlan:HashChainStream";

    public static readonly IReadOnlyList<HashChainDefinition> All =
    [
        Owned<CatalogApplication>(typeof(CatalogApplicationHistoryEntry), "ApplicationId", a => a.History),
        Entity<CatalogListingStatusChange>("CatalogListingStatusChange", "CatalogListingId"),
        Entity<AuditLog>("AuditLog", null),
        Owned<SubsidyClaim>(typeof(SubsidyClaimHistoryEntry), "ClaimId", c => c.History),
        Owned<RobotPlan.Enterprises.Enterprise>(typeof(RobotPlan.Enterprises.EnterpriseVerificationHistoryEntry), "EnterpriseId", e => e.VerificationHistory),
        Owned<RobotPlan.Enterprises.UsccDispute>(typeof(RobotPlan.Enterprises.UsccDisputeHistoryEntry), "DisputeId", d => d.History),
        Owned<RobotPlan.Payouts.PayoutBatch>(typeof(RobotPlan.Payouts.PayoutBatchHistoryEntry), "BatchId", b => b.History),
    ];

    /// <summary>Adds the chain columns and the unique (stream, sequence) index: a concurrent fork of a stream fails its insert.</summary>
    public static ModelBuilder ApplyHashChains(this ModelBuilder builder)
    {
        foreach (var chain in All)
        {
            var entityType = builder.Model.GetEntityTypes().Single(e => e.ClrType == chain.RowType);
            var sequence = entityType.AddProperty(SequenceProperty, typeof(long));
            entityType.AddProperty(PreviousHashProperty, typeof(string)).SetMaxLength(64);
            var hash = entityType.AddProperty(HashProperty, typeof(string));
            hash.SetMaxLength(64);
            hash.IsNullable = false;
            entityType.FindProperty(PreviousHashProperty)!.IsNullable = false;
            entityType.AddIndex(chain.StreamProperty is null ? [sequence] : [entityType.FindProperty(chain.StreamProperty)!, sequence]).IsUnique = true;
            entityType.SetAnnotation(StreamAnnotation, chain.StreamProperty ?? "");
        }
        return builder;
    }

    public static HashChainDefinition Entity<T>(string name, string? streamProperty) where T : class =>
        new(name, typeof(T), streamProperty, async (db, skip, take, ct) =>
        {
            var query = db.Set<T>().IgnoreQueryFilters();
            var ordered = streamProperty is null
                ? query.OrderBy(e => EF.Property<long>(e, SequenceProperty))
                : query.OrderBy(e => EF.Property<object>(e, streamProperty)).ThenBy(e => EF.Property<long>(e, SequenceProperty));
            return (await ordered.Skip(skip).Take(take).ToListAsync(ct)).Select(e => (object)db.Entry(e)).Cast<EntityEntry>().ToList();
        });

    public static HashChainDefinition Owned<TOwner>(Type rowType, string streamProperty, Func<TOwner, IEnumerable<object>> rows)
        where TOwner : RobotPlan.SeedWork.Entity =>
        new(rowType.Name, rowType, streamProperty, async (db, skip, take, ct) =>
        {
            // Owned rows come with their owners (one stream per owner), in owner order.
            var owners = await db.Set<TOwner>().IgnoreQueryFilters().OrderBy(o => o.Id).Skip(skip).Take(take).ToListAsync(ct);
            return owners.SelectMany(o => rows(o).Select(r => db.Entry(r)).OrderBy(e => (long)e.Property(SequenceProperty).CurrentValue!))
                .Cast<EntityEntry>().ToList();
        }, PagesOwners: true);
}

/// <summary>
/// One chained table: its row type, the property naming its stream (null: one stream for the table), and a pager that
/// loads its rows tracked, ordered by stream and sequence (for owned rows: <paramref name="PagesOwners"/>, pages of owners).
/// </summary>
public sealed record HashChainDefinition(string Name, Type RowType, string? StreamProperty,
    Func<RobotPlanDbContext, int, int, CancellationToken, Task<List<EntityEntry>>> ReadPage, bool PagesOwners = false);
