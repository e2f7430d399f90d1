using RobotPlan.PublicNotices;
using RobotPlan.SeedWork;

namespace RobotPlan.CatalogApplications;

/// <summary>An upheld objection rejects the catalog application .</summary>
public sealed class CatalogNoticeSubjectHandler(ICatalogApplicationRepository applications, TimeProvider clock) : INoticeSubjectHandler
{
    public NoticeSubject Subject => NoticeSubject.CatalogApplication;

    public async Task RejectAfterObjectionAsync(Guid fileId, string reason, CatalogActor actor, CancellationToken ct)
    {
        var application = await applications.FindAsync(fileId, ct) ?? throw new EntityNotFoundException(typeof(CatalogApplication), fileId);
        application.RejectAfterObjection(reason, actor, clock.GetUtcNow().UtcDateTime);
    }
}
