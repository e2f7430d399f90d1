using RobotPlan.CatalogApplications;
using RobotPlan.SeedWork;

namespace RobotPlan.Reviews;

/// <summary>
/// one state change of a reviewed file (a catalog file, a subsidy claim) — actor, role, jurisdiction, UTC time,
/// from→to and comment. Append-only: nothing ever updates or deletes an entry. Each table's rows are hash-chained
/// (EntityFrameworkCore/HistoryChains) over these properties by name: renaming one would break the stored chains.
/// </summary>
public abstract class StatusHistoryEntry<TStatus> : Entity where TStatus : struct, Enum
{
    /// <summary>1, 2, 3 … within the file: several acts can share one instant (a job, or a click that takes and approves).</summary>
    public int Sequence { get; private set; }
    public Guid? ActorId { get; private set; }
    public string ActorName { get; private set; } = null!;
    public string ActorRole { get; private set; } = null!;
    public Guid? ActorJurisdictionId { get; private set; }
    public DateTime At { get; private set; }
    public TStatus From { get; private set; }
    public TStatus To { get; private set; }
    public string? Comment { get; private set; }

    protected StatusHistoryEntry() { }

    protected StatusHistoryEntry(int sequence, ReviewActor actor, DateTime at, TStatus from, TStatus to, string? comment)
    {
        Sequence = sequence;
        ActorId = actor.UserId;
        ActorName = actor.Name;
        ActorRole = actor.Role;
        ActorJurisdictionId = actor.JurisdictionId;
        At = at;
        From = from;
        To = to;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }
}
