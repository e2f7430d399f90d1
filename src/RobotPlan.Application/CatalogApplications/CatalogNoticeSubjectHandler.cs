using RobotPlan.PublicNotices;
using RobotPlan.SeedWork;
using RobotPlan.Reviews;

namespace RobotPlan.CatalogApplications;

/// <summary>An upheld objection rejects the catalog application .</summary>
public sealed class CatalogNoticeSubjectHandler(ICatalogApplicationRepository applications, TimeProvider clock) : INoticeSubjectHandler
{
    public NoticeSubject Subject => NoticeSubject.CatalogApplication;

    public async Task RejectAfterObjectionAsync(Guid subjectId, string reason, ReviewActor actor, CancellationToken ct)
    {
        var application = await applications.FindAsync(subjectId, ct) ?? throw new EntityNotFoundException(typeof(CatalogApplication), subjectId);
        application.RejectAfterObjection(reason, actor, clock.GetUtcNow().UtcDateTime);
    }
}
