using RobotPlan.Authorization;
using RobotPlan.CatalogApplications;
using RobotPlan.Files;
using RobotPlan.Identity;
using RobotPlan.Notifications;
using RobotPlan.ReferenceData;
using RobotPlan.SeedWork;
using P = RobotPlan.Permissions.RobotPlanPermissions;
using RobotPlan.Reviews;

namespace RobotPlan.Enterprises;

public sealed class EnterpriseVerificationAppService(
    IEnterpriseRepository enterprises,
    IReferenceDataRepository referenceData,
    IStoredFileRepository files,
    FileStore fileStore,
    Notifier notifier,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    DataScope scope,
    TimeProvider clock) : IEnterpriseVerificationAppService
{
    public async Task<EnterpriseVerificationDto> GetAsync(Guid enterpriseId, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Enterprises.Default);
        return await ToDtoAsync(await LoadVisibleAsync(enterpriseId, ct), ct);
    }

    public async Task<FileDownload> GetLicenceAsync(Guid enterpriseId, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Enterprises.Default);
        var enterprise = await LoadVisibleAsync(enterpriseId, ct);
        var (file, content) = await fileStore.OpenAsync(
            enterprise.BusinessLicenceFileId ?? throw new EntityNotFoundException(typeof(StoredFile)), ct);
        return new FileDownload(content, file.FileName, file.ContentType);
    }

    public async Task<EnterpriseVerificationDto> SubmitAsync(Guid enterpriseId, SubmitVerificationDto input, FileUpload licence, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Enterprises.EditOwn);
        var enterprise = await LoadVisibleAsync(enterpriseId, ct);
        scope.EnsureOwnEnterprise(enterprise.Id, typeof(Enterprise), enterpriseId);
        var file = await fileStore.SaveAsync(licence, enterprise.Id, pdfOnly: false, ct);
        enterprise.SubmitForVerification(file.Id, input.LegalRepresentative, Actor(RobotPlanRoles.Enterprise), Now);
        await notifier.ToRoleAsync(RobotPlanRoles.DistrictReviewer, enterprise.JurisdictionId, new NotificationMessage(
            NotificationConsts.EnterpriseVerification, "Notification:Enterprise:VerificationSubmitted", [enterprise.LegalName],
            $"/Enterprises/Verifications/{enterprise.Id}"), ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(enterprise, ct);
    }

    public Task<EnterpriseVerificationDto> VerifyAsync(Guid enterpriseId, DecideVerificationDto input, CancellationToken ct) =>
        DecideAsync(enterpriseId, input.ConcurrencyStamp, (e, actor) => e.Verify(actor, Now, input.Comment),
            "Notification:Enterprise:Verified", ct);

    public Task<EnterpriseVerificationDto> RejectAsync(Guid enterpriseId, RejectVerificationDto input, CancellationToken ct) =>
        DecideAsync(enterpriseId, input.ConcurrencyStamp, (e, actor) => e.RejectVerification(input.Reason, actor, Now),
            "Notification:Enterprise:VerificationRejected", ct, input.Reason);

    /// <summary>Only the district reviewer of the enterprise's own jurisdiction decides; another district gets 404.</summary>
    private async Task<EnterpriseVerificationDto> DecideAsync(Guid enterpriseId, string stamp, Action<Enterprise, ReviewActor> decide,
        string textKey, CancellationToken ct, string? reason = null)
    {
        currentUser.CheckPermission(P.Enterprises.Verify);
        var enterprise = await LoadVisibleAsync(enterpriseId, ct);
        if (scope.JurisdictionRestriction != enterprise.JurisdictionId) throw new EntityNotFoundException(typeof(Enterprise), enterpriseId);
        unitOfWork.ExpectConcurrencyStamp(enterprise, stamp);
        decide(enterprise, Actor(RobotPlanRoles.DistrictReviewer));
        await notifier.ToEnterpriseAsync(enterprise.Id, new NotificationMessage(NotificationConsts.EnterpriseVerification, textKey,
            reason is null ? [enterprise.LegalName] : [enterprise.LegalName, reason], "/Enterprises/Verification"), ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(enterprise, ct);
    }

    private async Task<Enterprise> LoadVisibleAsync(Guid id, CancellationToken ct)
    {
        var enterprise = await enterprises.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(Enterprise), id);
        scope.EnsureCanSee(enterprise);
        return enterprise;
    }

    private async Task<EnterpriseVerificationDto> ToDtoAsync(Enterprise e, CancellationToken ct)
    {
        var licence = e.BusinessLicenceFileId is { } id ? await files.FindAsync(id, ct) : null;
        var history = e.VerificationHistory.OrderBy(h => h.Sequence).ToList();
        var rejection = e.VerificationStatus == EnterpriseVerificationStatus.Rejected ? history.LastOrDefault()?.Comment : null;
        return new EnterpriseVerificationDto(e.Id, e.Uscc, e.LegalName, e.JurisdictionId,
            (await referenceData.FindJurisdictionAsync(e.JurisdictionId, ct))?.Name, e.VerificationStatus, e.LegalRepresentative,
            licence is null ? null : new StoredFileDto(licence.Id, licence.FileName, licence.ContentType, licence.Size, licence.Sha256),
            rejection, history.Select(h => h.ToDto()).ToList(), e.ConcurrencyStamp);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private ReviewActor Actor(string role) => new(currentUser.Id, currentUser.UserName ?? "?", role, currentUser.JurisdictionId);
}
