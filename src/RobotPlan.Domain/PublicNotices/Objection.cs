using RobotPlan.Errors;
using RobotPlan.SeedWork;

namespace RobotPlan.PublicNotices;

/// <summary>异议: real-name, against one file of the notice; resolved by a municipal reviewer.</summary>
public class Objection : Entity
{
    public Guid SubjectId { get; private set; }
    public string RealName { get; private set; } = null!;
    public string Organisation { get; private set; } = null!;
    public string ContactPhone { get; private set; } = null!;
    public string Reason { get; private set; } = null!;
    public Guid? EvidenceFileId { get; private set; }
    public DateTime SubmittedAt { get; private set; }
    public ObjectionStatus Status { get; private set; }
    public string? Resolution { get; private set; }
    public Guid? ResolvedById { get; private set; }
    public DateTime? ResolvedAt { get; private set; }

    private Objection() { }

    internal Objection(Guid subjectId, ObjectorDetails objector, Guid? evidenceFileId, DateTime now)
    {
        SubjectId = subjectId;
        RealName = Required(objector.RealName, "realName");
        Organisation = Required(objector.Organisation, "organisation");
        ContactPhone = Required(objector.ContactPhone, "contactPhone");
        Reason = Required(objector.Reason, "reason");
        EvidenceFileId = evidenceFileId;
        SubmittedAt = now;
        Status = ObjectionStatus.Open;
    }

    internal void Resolve(ObjectionStatus outcome, string resolution, Guid resolvedById, DateTime now)
    {
        if (Status != ObjectionStatus.Open) throw new BusinessException(RobotPlanErrorCodes.ObjectionResolved);
        Resolution = Required(resolution, "reason");
        Status = outcome;
        ResolvedById = resolvedById;
        ResolvedAt = now;
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new BusinessException(RobotPlanErrorCodes.ObjectionFieldRequired, field) : value.Trim();
}

/// <summary>Who objects and why; an anonymous objection is not accepted .</summary>
public sealed record ObjectorDetails(string RealName, string Organisation, string ContactPhone, string Reason);
