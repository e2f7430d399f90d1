using RobotPlan.Reviews;
using C = RobotPlan.Reviews.StatusHistoryConsts;

namespace RobotPlan.EntityFrameworkCore.Reviews;

/// <summary>
/// a file's history is its own append-only table, loaded with the file. The (owner, Sequence) index is left to
/// each aggregate: unique for catalog files, not for claims (see SubsidyClaimConfiguration).
/// </summary>
internal static class StatusHistoryMapping
{
    public static void MapStatusHistory<TOwner, TEntry, TStatus>(this OwnedNavigationBuilder<TOwner, TEntry> h, string table, string ownerKey)
        where TOwner : class where TEntry : StatusHistoryEntry<TStatus> where TStatus : struct, Enum
    {
        h.ToTable(table);
        h.WithOwner().HasForeignKey(ownerKey);
        h.HasKey(x => x.Id);
        h.Property(x => x.Id).ValueGeneratedNever();
        h.Property(x => x.ActorName).HasMaxLength(C.MaxActorNameLength).IsRequired();
        h.Property(x => x.ActorRole).HasMaxLength(C.MaxRoleLength).IsRequired();
        h.Property(x => x.Comment).HasMaxLength(C.MaxCommentLength);
    }
}
