using RobotPlan.CatalogApplications;
using RobotPlan.SeedWork;

namespace RobotPlan.SubsidyClaims;

/// <summary>R-62: one state change of a claim (same shape as the catalog's). Append-only.</summary>
public class SubsidyClaimHistoryEntry : Entity
{
    public int Sequence { get; private set; }
    public Guid? ActorId { get; private set; }
    public string ActorName { get; private set; } = null!;
    public string ActorRole { get; private set; } = null!;
    public Guid? ActorJurisdictionId { get; private set; }
    public DateTime At { get; private set; }
    public SubsidyClaimStatus From { get; private set; }
    public SubsidyClaimStatus To { get; private set; }
    public string? Comment { get; private set; }

    private SubsidyClaimHistoryEntry() { }

    internal SubsidyClaimHistoryEntry(int sequence, CatalogActor actor, DateTime at, SubsidyClaimStatus from, SubsidyClaimStatus to, string? comment)
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
