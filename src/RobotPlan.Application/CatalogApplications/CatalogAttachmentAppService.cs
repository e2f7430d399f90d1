using RobotPlan.Authorization;
using RobotPlan.Files;
using RobotPlan.SeedWork;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.CatalogApplications;

public sealed class CatalogAttachmentAppService(
    ICatalogApplicationRepository applications, CatalogFileAccess access, FileStore fileStore, ICurrentUser currentUser)
    : ICatalogAttachmentAppService
{
    public async Task<FileDownload> GetAsync(Guid applicationId, Guid fileId, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.Default);
        var application = await applications.FindAsync(applicationId, ct)
                          ?? throw new EntityNotFoundException(typeof(CatalogApplication), applicationId);
        await access.EnsureCanReadAsync(application, ct);
        // Only a file the application refers to: a file id from elsewhere does not open through this file.
        if (application.Attachments.All(a => a.FileId != fileId)) throw new EntityNotFoundException(typeof(StoredFile), fileId);
        var (file, content) = await fileStore.OpenAsync(fileId, ct);
        return new FileDownload(content, file.FileName, file.ContentType);
    }
}
