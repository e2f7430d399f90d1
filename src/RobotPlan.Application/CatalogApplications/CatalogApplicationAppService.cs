using RobotPlan.Authorization;
using RobotPlan.CatalogBatches;
using RobotPlan.Dtos;
using RobotPlan.Enterprises;
using RobotPlan.Errors;
using RobotPlan.Files;
using RobotPlan.Products;
using RobotPlan.SeedWork;
using P = RobotPlan.Permissions.RobotPlanPermissions;
using RobotPlan.Reviews;

namespace RobotPlan.CatalogApplications;

/// <summary>Reading, drafting and the enterprise's acts; reviewers' acts are in the other part of this class.</summary>
public sealed partial class CatalogApplicationAppService(
    ICatalogApplicationRepository applications,
    ICatalogBatchRepository batches,
    CatalogApplicationManager manager,
    IProductRepository products,
    IEnterpriseRepository enterprises,
    FileStore fileStore,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    CatalogTaskList taskList,
    CatalogFileAccess access,
    TimeProvider clock,
    DataScope scope) : ICatalogApplicationAppService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<PagedResultDto<CatalogApplicationDto>> GetListAsync(GetCatalogApplicationsInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.Default);
        if (!scope.SeesAllEnterprises && scope.JurisdictionRestriction is null && scope.EnterpriseRestriction is null) return new(0, []);
        var (total, items) = await applications.GetPageAsync(new CatalogApplicationFilter(input.BatchId, input.Catalog, input.Status,
            input.ProductId, scope.EnterpriseRestriction, scope.JurisdictionRestriction, input.Sorting, input.SkipCount,
            input.MaxResultCount), ct);
        var names = await NamesAsync(items, ct);
        return new(total, items.Select(a => WithAllowedActions(a.ToDto(names[a.Id], withHistory: false))).ToList());
    }

    public async Task<CatalogApplicationDto> GetAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.Default);
        return await ToDtoAsync(await LoadVisibleAsync(id, ct), ct);
    }

    public async Task<CatalogApplicationDto> CreateAsync(CreateCatalogApplicationDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.Apply);
        var enterpriseId = currentUser.EnterpriseId ?? throw new AuthorizationException(P.Catalogs.Apply);
        var batch = await batches.FindAsync(input.BatchId!.Value, ct) ?? throw new EntityNotFoundException(typeof(CatalogBatch), input.BatchId);
        var product = await products.FindAsync(input.ProductId!.Value, ct);
        if (product is null || product.EnterpriseId != enterpriseId) throw new BusinessException(RobotPlanErrorCodes.ProductNotOwned, "productId");
        var application = await manager.CreateDraftAsync(batch, product, enterpriseId, ct);
        FillForm(application, input);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(application, ct);
    }

    public async Task<CatalogApplicationDto> UpdateAsync(Guid id, UpdateCatalogApplicationDto input, CancellationToken ct)
    {
        var application = await LoadOwnAsync(id, input.ConcurrencyStamp, ct);
        FillForm(application, input);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(application, ct);
    }

    public async Task<CatalogApplicationDto> AddAttachmentAsync(Guid id, CatalogAttachmentKind kind, FileUpload file, CancellationToken ct)
    {
        var application = await LoadOwnAsync(id, null, ct);
        var stored = await fileStore.SaveAsync(file, application.EnterpriseId, pdfOnly: false, ct);
        // One file per kind: a new upload of the same kind replaces the old one ("Other" accumulates).
        var kept = application.Attachments.Where(a => kind == CatalogAttachmentKind.Other || a.Kind != kind);
        application.ReplaceAttachments([.. kept, new CatalogAttachment(kind, stored.Id, stored.FileName)]);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(application, ct);
    }

    public async Task<EligibilityDto> GetEligibilityAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.Default);
        var application = await LoadVisibleAsync(id, ct);
        var (batch, product) = await BatchAndProductAsync(application, ct);
        return (await manager.CheckAsync(application, batch, product, ct)).ToDto();
    }

    public async Task<CatalogApplicationDto> SubmitAsync(Guid id, CatalogTransitionDto input, CancellationToken ct)
    {
        var application = await LoadOwnAsync(id, input.ConcurrencyStamp, ct);
        var (batch, product) = await BatchAndProductAsync(application, ct);
        await manager.SubmitAsync(application, batch, product, Actor(Identity.RobotPlanRoles.Enterprise), ct);
        return await SaveAsync(application, ct);
    }

    public async Task<CatalogApplicationDto> WithdrawAsync(Guid id, CatalogTransitionDto input, CancellationToken ct)
    {
        var application = await LoadOwnAsync(id, input.ConcurrencyStamp, ct);
        application.Withdraw(Actor(Identity.RobotPlanRoles.Enterprise), Now, input.Comment);
        return await SaveAsync(application, ct);
    }

    public async Task<IReadOnlyList<CatalogTaskDto>> GetTasksAsync(CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.Default);
        return await taskList.GetAsync(ct);
    }

    private static void FillForm(CatalogApplication application, CatalogApplicationFormInput input)
    {
        // The other catalog's form is refused by the aggregate (FormMismatch) rather than silently dropped.
        if (input.FirstUnit is { } firstUnit) application.FillFirstUnitForm(firstUnit.ToForm());
        if (input.KeyProcurement is { } keyProcurement) application.FillKeyProcurementForm(keyProcurement.ToForm());
    }

    private ReviewActor Actor(string role) =>
        new(currentUser.Id, currentUser.UserName ?? "?", role, currentUser.JurisdictionId);

    private async Task<CatalogApplicationDto> SaveAsync(CatalogApplication application, CancellationToken ct)
    {
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(application, ct);
    }

    private async Task<(CatalogBatch Batch, Product? Product)> BatchAndProductAsync(CatalogApplication application, CancellationToken ct)
    {
        var batch = await batches.FindAsync(application.BatchId, ct) ?? throw new EntityNotFoundException(typeof(CatalogBatch), application.BatchId);
        return (batch, await products.FindAsync(application.ProductId, ct));
    }
}
