using RobotPlan.Authorization;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.Dtos;
using RobotPlan.Enterprises;
using RobotPlan.Files;
using RobotPlan.Identity;
using RobotPlan.Products;
using RobotPlan.SeedWork;
using P = RobotPlan.Permissions.RobotPlanPermissions;
using RobotPlan.Reviews;

namespace RobotPlan.PublicNotices;

public sealed class PublicNoticeAppService(
    IPublicNoticeRepository notices,
    PublicNoticeManager manager,
    ICatalogApplicationRepository applications,
    ICatalogBatchRepository batches,
    IEnumerable<INoticeSubjectHandler> subjectHandlers,
    IProductRepository products,
    IEnterpriseRepository enterprises,
    FileStore fileStore,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : IPublicNoticeAppService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<PublicNoticeDto> DecideAsync(DecideBatchDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.MunicipalReview);
        var (batch, files) = await PendingAsync(input.BatchId!.Value, ct);
        var notice = await manager.DecideAsync(batch, files, Actor(), ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(notice, ct);
    }

    public async Task<IReadOnlyList<BlockedFileDto>> GetBlockedFilesAsync(Guid batchId, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.MunicipalReview);
        var (batch, files) = await PendingAsync(batchId, ct);
        var blocked = await manager.FindBlockedAsync(batch, files, ct);
        if (blocked.Count == 0) return [];
        var byId = files.ToDictionary(f => f.Id);
        var productNames = (await products.GetByIdsAsync(files.Select(f => f.ProductId).Distinct().ToList(), ct)).ToDictionary(p => p.Id, p => p.Name);
        var enterpriseNames = await enterprises.GetLegalNamesAsync(files.Select(f => f.EnterpriseId).Distinct().ToList(), ct);
        return blocked.Select(b =>
        {
            var file = byId[b.ApplicationId];
            return new BlockedFileDto(file.Id, file.ConcurrencyStamp, enterpriseNames.GetValueOrDefault(file.EnterpriseId),
                productNames.GetValueOrDefault(file.ProductId), b.Failures.Select(f => new EligibilityCheckDto(f.Rule, f.Passed, f.ReasonCode)).ToList());
        }).ToList();
    }

    /// <summary>The batch and its files waiting for the decision, loaded tracked (the repository's page is a read model).</summary>
    private async Task<(CatalogBatch Batch, List<CatalogApplication> Files)> PendingAsync(Guid batchId, CancellationToken ct)
    {
        var batch = await batches.FindAsync(batchId, ct) ?? throw new EntityNotFoundException(typeof(CatalogBatch), batchId);
        var (_, page) = await applications.GetPageAsync(new CatalogApplicationFilter(batch.Id, null, CatalogApplicationStatus.PendingDecision,
            null, null, null, null, 0, PagedAndSortedResultRequestDto.MaxMaxResultCount), ct);
        var files = new List<CatalogApplication>();
        foreach (var item in page) files.Add((await applications.FindAsync(item.Id, ct))!);
        return (batch, files);
    }

    public async Task<IReadOnlyList<ObjectionDto>> GetOpenObjectionsAsync(CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.MunicipalReview);
        var result = new List<ObjectionDto>();
        foreach (var notice in await notices.GetWithOpenObjectionsAsync(ct))
        {
            var entries = (await ToDtoAsync(notice, ct)).Entries.ToDictionary(e => e.SubjectId);
            result.AddRange(notice.Objections.Where(o => o.Status == ObjectionStatus.Open)
                .Select(o => ToDto(notice, o, entries.GetValueOrDefault(o.SubjectId))));
        }
        return result;
    }

    public async Task<ObjectionDto> UpholdAsync(Guid objectionId, ResolveObjectionDto input, CancellationToken ct)
    {
        var notice = await LoadByObjectionAsync(objectionId, ct);
        var objection = notice.Uphold(objectionId, input.Reason, currentUser.Id!.Value, Now);
        // an upheld objection rejects the file (application or claim) in the same transaction, with what it holds.
        var handler = subjectHandlers.Single(h => h.Subject == notice.Subject);
        await unitOfWork.InTransactionAsync(async () =>
        {
            await handler.RejectAfterObjectionAsync(objection.SubjectId, objection.Resolution!, Actor(), ct);
            await unitOfWork.SaveChangesAsync(ct);
            return true;
        }, ct);
        return ToDto(notice, objection, null);
    }

    public async Task<ObjectionDto> DismissAsync(Guid objectionId, ResolveObjectionDto input, CancellationToken ct)
    {
        var notice = await LoadByObjectionAsync(objectionId, ct);
        var objection = notice.Dismiss(objectionId, input.Reason, currentUser.Id!.Value, Now);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(notice, objection, null);
    }

    public async Task<FileDownload> GetEvidenceAsync(Guid objectionId, CancellationToken ct)
    {
        var notice = await LoadByObjectionAsync(objectionId, ct);
        var fileId = notice.Objections.Single(o => o.Id == objectionId).EvidenceFileId
            ?? throw new EntityNotFoundException(typeof(StoredFile), objectionId);
        var (file, content) = await fileStore.OpenAsync(fileId, ct);
        return new FileDownload(content, file.FileName, file.ContentType);
    }

    public async Task<PagedResultDto<PublicNoticeDto>> GetPublicListAsync(GetPublicNoticesInput input, CancellationToken ct)
    {
        var (total, items) = await notices.GetPageAsync(input.OpenOnly ? Now : null, input.SkipCount, input.MaxResultCount, ct);
        var result = new List<PublicNoticeDto>();
        foreach (var notice in items) result.Add(await ToDtoAsync(notice, ct));
        return new(total, result);
    }

    public async Task<PublicNoticeDto> GetPublicAsync(Guid id, CancellationToken ct) =>
        await ToDtoAsync(await notices.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(PublicNotice), id), ct);

    public async Task<ObjectionReceiptDto> ObjectAsync(Guid noticeId, CreateObjectionDto input, FileUpload? evidence, CancellationToken ct)
    {
        var notice = await notices.FindAsync(noticeId, ct) ?? throw new EntityNotFoundException(typeof(PublicNotice), noticeId);
        var objector = new ObjectorDetails(input.RealName, input.Organisation, input.ContactPhone, input.Reason);
        // Checked before the evidence is stored, so a late objection leaves no orphan file.
        notice.EnsureAcceptsObjection(input.SubjectId!.Value, Now);
        var file = evidence is null ? null : await fileStore.SaveAsync(evidence, null, pdfOnly: false, ct);
        var objection = notice.Object(input.SubjectId!.Value, objector, file?.Id, Now);
        await unitOfWork.SaveChangesAsync(ct);
        return new ObjectionReceiptDto(objection.Id, objection.SubmittedAt);
    }

    private async Task<PublicNotice> LoadByObjectionAsync(Guid objectionId, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.MunicipalReview);
        return await notices.FindByObjectionAsync(objectionId, ct) ?? throw new EntityNotFoundException(typeof(Objection), objectionId);
    }

    private ReviewActor Actor() => new(currentUser.Id, currentUser.UserName ?? "?", RobotPlanRoles.MunicipalReviewer, null);

    private async Task<PublicNoticeDto> ToDtoAsync(PublicNotice n, CancellationToken ct)
    {
        var productsById = (await products.GetByIdsAsync([.. n.Entries.Select(e => e.ProductId)], ct)).ToDictionary(p => p.Id);
        var enterpriseNames = await enterprises.GetLegalNamesAsync([.. n.Entries.Select(e => e.EnterpriseId).Distinct()], ct);
        return new PublicNoticeDto(n.Id, n.BatchId, n.Title, n.Catalog, n.PublishedAt, n.StartsOn, n.EndsOn, n.EndsAtUtc, n.WorkingDays,
            n.IsOpenAt(Now), [.. n.Entries.Select(e => new NoticeEntryDto(e.SubjectId, enterpriseNames.GetValueOrDefault(e.EnterpriseId),
                productsById.GetValueOrDefault(e.ProductId)?.Name, productsById.GetValueOrDefault(e.ProductId)?.Model, e.IsWithdrawn))],
            n.Subject, n.ProgramId);
    }

    private static ObjectionDto ToDto(PublicNotice n, Objection o, NoticeEntryDto? entry) => new(o.Id, n.Id, o.SubjectId,
        entry?.ProductName, entry?.EnterpriseName, o.RealName, o.Organisation, o.ContactPhone, o.Reason, o.EvidenceFileId, o.SubmittedAt,
        o.Status, o.Resolution, o.ResolvedAt, n.Subject);
}
