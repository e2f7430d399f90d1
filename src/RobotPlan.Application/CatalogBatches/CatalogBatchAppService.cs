using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.CatalogBatches;

public sealed class CatalogBatchAppService(
    ICatalogBatchRepository batches,
    ICatalogApplicationRepository applications,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : ICatalogBatchAppService
{
    public async Task<PagedResultDto<CatalogBatchDto>> GetListAsync(GetCatalogBatchesInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.Default);
        var (total, items) = await batches.GetPageAsync(new CatalogBatchFilter(input.Catalog, input.Year, input.Status, input.Sorting,
            input.SkipCount, input.MaxResultCount), ct);
        return new(total, items.Select(b => b.ToDto()).ToList());
    }

    public async Task<CatalogBatchDto> GetAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.Default);
        return (await LoadAsync(id, ct)).ToDto();
    }

    public async Task<IReadOnlyList<CatalogBatchDto>> GetOpenAsync(int maxResultCount, CancellationToken ct)
    {
        var (_, items) = await batches.GetPageAsync(new CatalogBatchFilter(null, null, CatalogBatchStatus.Open, "closesAt", 0, maxResultCount), ct);
        // The stored status follows the clock by a job; a batch past its deadline before that job ran takes nothing.
        var now = clock.GetUtcNow().UtcDateTime;
        return items.Where(b => b.AcceptsSubmissionsAt(now)).Select(b => b.ToDto()).ToList();
    }

    public async Task<CatalogBatchDto> CreateAsync(CreateCatalogBatchDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.ManageBatches);
        var batch = new CatalogBatch(Settings(input), clock.GetUtcNow().UtcDateTime);
        await batches.AddAsync(batch, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return batch.ToDto();
    }

    public async Task<CatalogBatchDto> UpdateAsync(Guid id, UpdateCatalogBatchDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.ManageBatches);
        var batch = await LoadAsync(id, ct);
        unitOfWork.ExpectConcurrencyStamp(batch, input.ConcurrencyStamp);
        batch.Change(Settings(input), clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
        return batch.ToDto();
    }

    public async Task<CatalogBatchProgressDto> GetProgressAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.MunicipalReview);
        var batch = await LoadAsync(id, ct);
        var counts = await applications.CountByStatusAsync(id, ct);
        return new(batch.Id, batch.LocalTitle(), batch.Catalog, batch.Status, counts, counts.Values.Sum());
    }

    private async Task<CatalogBatch> LoadAsync(Guid id, CancellationToken ct) =>
        await batches.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(CatalogBatch), id);

    private static CatalogBatchSettings Settings(CreateCatalogBatchDto input) => new(
        input.Catalog ?? throw new BusinessException(RobotPlanErrorCodes.ValidationFailed, "catalog"),
        input.Year, input.Title,
        CatalogBatchMapper.ToUtc(Required(input.OpensAt, "opensAt")),
        CatalogBatchMapper.ToUtc(Required(input.ClosesAt, "closesAt")),
        CatalogBatchMapper.ToUtc(Required(input.RevisionDeadline, "revisionDeadline")),
        input.Rubric.Select(c => new RubricCriterion(c.Name, c.Weight)).ToList(),
        input.ExpertsPerFile, input.PassMark, input.NoticeWorkingDays, input.ReviewWorkingDays, input.TitleEn);

    private static DateTime Required(DateTime? value, string field) =>
        value ?? throw new BusinessException(RobotPlanErrorCodes.ValidationFailed, field);
}
