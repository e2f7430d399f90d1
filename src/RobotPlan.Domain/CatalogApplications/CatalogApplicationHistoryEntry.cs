using RobotPlan.Catalogs;
using RobotPlan.SeedWork;

namespace RobotPlan.CatalogApplications;

/// <summary>R-62: one state change of a file. Append-only — nothing ever updates or deletes an entry.</summary>
public class CatalogApplicationHistoryEntry : Entity
{
    /// <summary>1, 2, 3 … within the file: several acts can share one instant (a job, or a click that takes and approves).</summary>
    public int Sequence { get; private set; }
    public Guid? ActorId { get; private set; }
    public string ActorName { get; private set; } = null!;
    public string ActorRole { get; private set; } = null!;
    public Guid? ActorJurisdictionId { get; private set; }
    public DateTime At { get; private set; }
    public CatalogApplicationStatus From { get; private set; }
    public CatalogApplicationStatus To { get; private set; }
    public string? Comment { get; private set; }

    private CatalogApplicationHistoryEntry() { }

    internal CatalogApplicationHistoryEntry(int sequence, CatalogActor actor, DateTime at, CatalogApplicationStatus from,
        CatalogApplicationStatus to, string? comment)
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
