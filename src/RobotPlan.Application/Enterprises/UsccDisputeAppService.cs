using Microsoft.AspNetCore.Identity;
using RobotPlan.Accounts;
using RobotPlan.Authorization;
using RobotPlan.CatalogApplications;
using RobotPlan.Dtos;
using RobotPlan.Errors;
using RobotPlan.Files;
using RobotPlan.Identity;
using RobotPlan.Notifications;
using RobotPlan.SeedWork;
using P = RobotPlan.Permissions.RobotPlanPermissions;
using RobotPlan.Reviews;

namespace RobotPlan.Enterprises;

public sealed class UsccDisputeAppService(
    IUsccDisputeRepository disputes,
    IEnterpriseRepository enterprises,
    IAppUserRepository users,
    UsccDisputeManager manager,
    EnterpriseUserFactory userFactory,
    UserManager<AppUser> userManager,
    FileStore fileStore,
    Notifier notifier,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : IUsccDisputeAppService
{
    public Task<UsccDisputeReceiptDto> FileAsync(FileUsccDisputeDto input, FileUpload licence, CancellationToken ct)
    {
        if (currentUser.IsAuthenticated) throw new BusinessException(RobotPlanErrorCodes.AlreadySignedIn);
        return unitOfWork.InTransactionAsync(async () =>
        {
            // The claimant's account acts for no enterprise until an administrator transfers the USCC to it.
            var user = await userFactory.CreateAsync(input.UserName, input.Password, input.DisplayName, input.Email, null, "email");
            var file = await fileStore.SaveAsync(licence, null, pdfOnly: false, ct);
            var dispute = await manager.FileAsync(input.Uscc, user.Id, input.LegalName, input.LegalRepresentative, file.Id, input.Statement, ct);
            await notifier.ToRoleAsync(RobotPlanRoles.Administrator, null, new NotificationMessage(NotificationConsts.UsccDispute,
                "Notification:Enterprise:DisputeFiled", [dispute.Uscc, dispute.ClaimantLegalName], $"/Admin/UsccDisputes/{dispute.Id}"), ct);
            await unitOfWork.SaveChangesAsync(ct);
            return new UsccDisputeReceiptDto(dispute.Id, user.Id, dispute.Uscc);
        }, ct);
    }

    public async Task<PagedResultDto<UsccDisputeDto>> GetListAsync(GetUsccDisputesInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Enterprises.Manage);
        var (total, items) = await disputes.GetPageAsync(input.Status, input.SkipCount, input.MaxResultCount, ct);
        var result = new List<UsccDisputeDto>();
        foreach (var dispute in items) result.Add(await ToDtoAsync(dispute, ct));
        return new(total, result);
    }

    public async Task<UsccDisputeDto> GetAsync(Guid id, CancellationToken ct) => await ToDtoAsync(await LoadVisibleAsync(id, ct), ct);

    public async Task<IReadOnlyList<UsccDisputeDto>> GetMineAsync(CancellationToken ct)
    {
        var userId = currentUser.Id ?? throw new AuthorizationException(P.Enterprises.Default);
        var result = new List<UsccDisputeDto>();
        foreach (var dispute in await disputes.GetByClaimantAsync(userId, ct)) result.Add(await ToDtoAsync(dispute, ct));
        return result;
    }

    public async Task<FileDownload> GetLicenceAsync(Guid id, CancellationToken ct)
    {
        var dispute = await LoadVisibleAsync(id, ct);
        var (file, content) = await fileStore.OpenAsync(dispute.LicenceFileId, ct);
        return new FileDownload(content, file.FileName, file.ContentType);
    }

    /// <summary>
    /// The old accounts are unbound and their security stamps renewed; a request still carrying the old binding is
    /// refused at once by the host's binding check (issue #14), not after a cookie or token expires.
    /// </summary>
    public Task<UsccDisputeDto> TransferAsync(Guid id, DecideUsccDisputeDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Enterprises.Manage);
        return unitOfWork.InTransactionAsync(async () =>
        {
            var dispute = await disputes.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(UsccDispute), id);
            unitOfWork.ExpectConcurrencyStamp(dispute, input.ConcurrencyStamp);
            var enterprise = await manager.TransferAsync(dispute, Actor(), Now, input.Comment, ct);
            foreach (var oldUserId in await users.GetIdsBoundToEnterpriseAsync(enterprise.Id, ct))
                await RebindAsync(oldUserId, null);
            await RebindAsync(dispute.ClaimantUserId, enterprise.Id);
            await notifier.ToUserAsync(dispute.ClaimantUserId, Decided("Notification:Enterprise:DisputeTransferred", dispute), ct);
            await unitOfWork.SaveChangesAsync(ct);
            return await ToDtoAsync(dispute, ct);
        }, ct);
    }

    public async Task<UsccDisputeDto> DismissAsync(Guid id, DismissUsccDisputeDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Enterprises.Manage);
        var dispute = await disputes.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(UsccDispute), id);
        unitOfWork.ExpectConcurrencyStamp(dispute, input.ConcurrencyStamp);
        dispute.Dismiss(input.Reason, Actor(), Now);
        await notifier.ToUserAsync(dispute.ClaimantUserId, Decided("Notification:Enterprise:DisputeDismissed", dispute, input.Reason), ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(dispute, ct);
    }

    private async Task RebindAsync(Guid userId, Guid? enterpriseId)
    {
        var user = await userManager.FindByIdAsync(userId.ToString()) ?? throw new EntityNotFoundException(typeof(AppUser), userId);
        user.EnterpriseId = enterpriseId;
        // Saves the user and renews the stamp: cookies and refresh tokens issued for the old binding stop validating.
        IdentityErrors.Check(await userManager.UpdateSecurityStampAsync(user), "id");
    }

    private static NotificationMessage Decided(string textKey, UsccDispute dispute, string? reason = null) =>
        new(NotificationConsts.UsccDispute, textKey, reason is null ? [dispute.Uscc] : [dispute.Uscc, reason], "/Enterprises/Dispute");

    /// <summary>Administrators see every dispute; the claimant its own; anyone else 404.</summary>
    private async Task<UsccDispute> LoadVisibleAsync(Guid id, CancellationToken ct)
    {
        var dispute = await disputes.FindAsync(id, ct);
        if (dispute is null || !(currentUser.HasPermission(P.Enterprises.Manage) || dispute.ClaimantUserId == currentUser.Id))
            throw new EntityNotFoundException(typeof(UsccDispute), id);
        return dispute;
    }

    private async Task<UsccDisputeDto> ToDtoAsync(UsccDispute d, CancellationToken ct)
    {
        var current = await enterprises.FindAsync(d.EnterpriseId, ct);
        var claimant = await userManager.FindByIdAsync(d.ClaimantUserId.ToString());
        return new UsccDisputeDto(d.Id, d.Uscc, d.EnterpriseId, current?.LegalName, d.ClaimantUserId, claimant?.UserName, d.ClaimantLegalName,
            d.LegalRepresentative, d.LicenceFileId, d.Statement, d.Status, d.CreationTime,
            d.History.OrderBy(h => h.Sequence).Select(h => h.ToDto()).ToList(), d.ConcurrencyStamp);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private ReviewActor Actor() => new(currentUser.Id, currentUser.UserName ?? "?", RobotPlanRoles.Administrator, null);
}
