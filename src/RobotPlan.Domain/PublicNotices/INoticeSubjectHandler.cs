using RobotPlan.CatalogApplications;
using RobotPlan.Reviews;

namespace RobotPlan.PublicNotices;

/// <summary>
/// What an upheld objection does to the file it was against: each <see cref="NoticeSubject"/> registers one handler,
/// so the objection workflow stays one mechanism for catalog applications and subsidy claims.
/// </summary>
public interface INoticeSubjectHandler
{
    NoticeSubject Subject { get; }

    /// <summary>Rejects the file in the caller's unit of work (and undoes what it holds, e.g. a budget reservation).</summary>
    Task RejectAfterObjectionAsync(Guid subjectId, string reason, ReviewActor actor, CancellationToken ct = default);
}
