using RobotPlan.Authorization;
using RobotPlan.CatalogApplications;
using RobotPlan.Dtos;
using RobotPlan.Enterprises;
using RobotPlan.Errors;
using RobotPlan.Files;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.Identity;
using RobotPlan.Products;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyAwards;
using RobotPlan.SubsidyPrograms;
using P = RobotPlan.Permissions.RobotPlanPermissions;
using RobotPlan.Reviews;

namespace RobotPlan.SubsidyClaims;

/// <summary>Reading, drafting and the enterprise's acts; reviewers' acts and awards are in the other parts of this class.</summary>
public sealed partial class SubsidyClaimAppService(
    ISubsidyClaimRepository claims,
    ISubsidyProgramRepository programs,
    IInsurancePolicyRepository policies,
    IAwardRepository awards,
    CatalogListings.ICatalogListingRepository listings,
    SubsidyClaimChecker checker,
    SubsidyClaimManager manager,
    IProductRepository products,
    IEnterpriseRepository enterprises,
    FileStore fileStore,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    ClaimTaskList taskList,
    TimeProvider clock,
    DataScope scope) : ISubsidyClaimAppService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<ClaimProgramDto>> GetOpenProgramsAsync(CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Default);
        return (await programs.GetListAsync(null, null, ct)).Where(p => p.IsOpenAt(Now))
            .Select(p => new ClaimProgramDto(p.Id, p.Year, p.Kind, p.Title, p.OpensAtUtc, p.ClosesAtUtc)).ToList();
    }

    public async Task<PagedResultDto<SubsidyClaimDto>> GetListAsync(GetSubsidyClaimsInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Default);
        if (!scope.SeesAllEnterprises && scope.JurisdictionRestriction is null && scope.EnterpriseRestriction is null) return new(0, []);
        var (total, items) = await claims.GetPageAsync(new SubsidyClaimFilter(input.ProgramId, input.Kind, input.Status, scope.EnterpriseRestriction,
            scope.JurisdictionRestriction, input.SkipCount, input.MaxResultCount), ct);
        return new(total, await ToDtosAsync(items, withHistory: false, ct));
    }

    public async Task<SubsidyClaimDto> GetAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Default);
        return await ToDtoAsync(await LoadVisibleAsync(id, ct), ct);
    }

    public async Task<SubsidyClaimDto> CreateCompensationAsync(CreateCompensationClaimDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Apply);
        var enterpriseId = currentUser.EnterpriseId ?? throw new AuthorizationException(P.Claims.Apply);
        var program = await ProgramAsync(input.ProgramId!.Value, ct);
        var policy = await policies.FindAsync(input.PolicyId!.Value, ct);
        // Another enterprise's policy is refused like a missing one: its existence is not revealed.
        if (policy is null || policy.EnterpriseId != enterpriseId) throw new BusinessException(RobotPlanErrorCodes.ClaimPolicyNotOwned, "policyId");
        var claim = SubsidyClaim.ForCompensation(program, policy, enterpriseId, Now);
        await claims.AddAsync(claim, ct);
        return await SaveAsync(claim, ct);
    }

    public async Task<SubsidyClaimDto> CreateRewardAsync(CreateRewardClaimDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Apply);
        var enterpriseId = currentUser.EnterpriseId ?? throw new AuthorizationException(P.Claims.Apply);
        var program = await ProgramAsync(input.ProgramId!.Value, ct);
        var claim = SubsidyClaim.ForReward(program, enterpriseId, await PurchaseAsync(enterpriseId, input.Purchase, ct), Now);
        await claims.AddAsync(claim, ct);
        return await SaveAsync(claim, ct);
    }

    public async Task<ClaimProductDto?> FindListedProductAsync(string listingNumber, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Apply);
        var listing = await listings.FindByNumberAsync(listingNumber.Trim(), ct);
        // Only the first-unit catalog's products are rewarded; whether it was Active on delivery is a rule of the pre-check.
        return listing is { Catalog: CatalogListings.CatalogKind.FirstUnit }
            ? new ClaimProductDto(listing.ProductId, listing.Number, listing.ProductName, listing.ProductModel, listing.EnterpriseName)
            : null;
    }

    public async Task<SubsidyClaimDto> UpdateRewardAsync(Guid id, UpdateRewardClaimDto input, CancellationToken ct)
    {
        var claim = await LoadOwnAsync(id, input.ConcurrencyStamp, ct);
        claim.UpdatePurchase(await PurchaseAsync(claim.EnterpriseId, input.Purchase, ct));
        return await SaveAsync(claim, ct);
    }

    public async Task<SubsidyClaimDto> AttachDocumentAsync(Guid id, ClaimDocumentKind kind, FileUpload file, CancellationToken ct)
    {
        var claim = await LoadOwnAsync(id, null, ct);
        if (!claim.IsEditable) throw new BusinessException(RobotPlanErrorCodes.ClaimNotEditable, null, claim.Status);
        var stored = await fileStore.SaveAsync(file, claim.EnterpriseId, pdfOnly: false, ct);
        claim.AttachDocument(new ClaimDocument(kind, stored.Id, stored.FileName));
        return await SaveAsync(claim, ct);
    }

    public async Task<ClaimPreCheckDto> PreCheckAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Default);
        var claim = await LoadVisibleAsync(id, ct);
        var outcome = await checker.CheckAsync(claim, await ProgramAsync(claim.ProgramId, ct), atSubmission: true, ct);
        return new ClaimPreCheckDto(outcome.Result.IsEligible,
            outcome.Result.Checks.Select(c => new ClaimCheckDto(c.Rule, c.Passed, c.SerialNumber, c.ReasonCode)).ToList(),
            outcome.Computation?.ToDto());
    }

    public async Task<SubsidyClaimDto> SubmitAsync(Guid id, ClaimTransitionDto input, CancellationToken ct)
    {
        var claim = await LoadOwnAsync(id, input.ConcurrencyStamp, ct);
        await manager.SubmitAsync(claim, await ProgramAsync(claim.ProgramId, ct), Actor(RobotPlanRoles.Enterprise), ct);
        return await SaveAsync(claim, ct);
    }

    public async Task<SubsidyClaimDto> WithdrawAsync(Guid id, ClaimTransitionDto input, CancellationToken ct)
    {
        var claim = await LoadOwnAsync(id, input.ConcurrencyStamp, ct);
        // A claim in notice holds budget: the release and the state change commit together.
        await unitOfWork.InTransactionAsync(async () =>
        {
            await manager.ReleaseAsync(claim, claim.Withdraw(Actor(RobotPlanRoles.Enterprise), Now, input.Comment), ct);
            await unitOfWork.SaveChangesAsync(ct);
            return true;
        }, ct);
        return await ToDtoAsync(claim, ct);
    }

    public async Task<IReadOnlyList<SubsidyClaimHistoryDto>> GetHistoryAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Default);
        return (await LoadVisibleAsync(id, ct)).History.OrderBy(h => h.Sequence).Select(h => h.ToDto()).ToList();
    }

    public async Task<IReadOnlyList<ClaimTaskDto>> GetTasksAsync(CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Default);
        return await taskList.GetAsync(ct);
    }

    private async Task<RewardPurchase> PurchaseAsync(Guid buyerId, RewardPurchaseInput input, CancellationToken ct)
    {
        if (await products.FindAsync(input.ProductId!.Value, ct) is null)
            throw new BusinessException(RobotPlanErrorCodes.ClaimProductNotFound, "purchase.productId");
        var buyer = await enterprises.FindAsync(buyerId, ct) ?? throw new EntityNotFoundException(typeof(Enterprise), buyerId);
        return new RewardPurchase(input.ProductId.Value, input.SerialNumber.Trim(), buyer.Uscc, input.ContractNumber.Trim(), input.ContractDate!.Value,
            input.DeliveryDate!.Value, input.ContractPrice);
    }

    private async Task<SubsidyProgram> ProgramAsync(Guid id, CancellationToken ct) =>
        await programs.FindAsync(id, ct) ?? throw new BusinessException(RobotPlanErrorCodes.ClaimProgramKindMismatch, "programId");

    private ReviewActor Actor(string role) => new(currentUser.Id, currentUser.UserName ?? "?", role, currentUser.JurisdictionId);

    private async Task<SubsidyClaimDto> SaveAsync(SubsidyClaim claim, CancellationToken ct)
    {
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(claim, ct);
    }

    /// <summary>Other parties' claims are a 404 (DataScope): enterprises see their own, district reviewers their jurisdiction's.</summary>
    private async Task<SubsidyClaim> LoadVisibleAsync(Guid id, CancellationToken ct)
    {
        var claim = await claims.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(SubsidyClaim), id);
        var enterprise = await enterprises.FindAsync(claim.EnterpriseId, ct);
        if (enterprise is null || !scope.CanSee(enterprise)) throw new EntityNotFoundException(typeof(SubsidyClaim), id);
        return claim;
    }

    private async Task<SubsidyClaim> LoadOwnAsync(Guid id, string? stamp, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Apply);
        var claim = await LoadVisibleAsync(id, ct);
        scope.EnsureOwnEnterprise(claim.EnterpriseId, typeof(SubsidyClaim), id);
        unitOfWork.ExpectConcurrencyStamp(claim, stamp);
        return claim;
    }

    private async Task<SubsidyClaimDto> ToDtoAsync(SubsidyClaim claim, CancellationToken ct) => (await ToDtosAsync([claim], withHistory: true, ct))[0];

    private async Task<List<SubsidyClaimDto>> ToDtosAsync(IReadOnlyList<SubsidyClaim> items, bool withHistory, CancellationToken ct)
    {
        if (items.Count == 0) return [];
        var productsById = (await products.GetByIdsAsync(items.Select(c => c.ProductId).Distinct().ToList(), ct)).ToDictionary(p => p.Id);
        var names = await enterprises.GetLegalNamesAsync(items.Select(c => c.EnterpriseId).Distinct().ToList(), ct);
        var titles = (await programs.GetByIdsAsync(items.Select(c => c.ProgramId).Distinct().ToList(), ct)).ToDictionary(p => p.Id, p => p.Title);
        return items.Select(c => c.ToDto(titles.GetValueOrDefault(c.ProgramId), names.GetValueOrDefault(c.EnterpriseId),
            productsById.GetValueOrDefault(c.ProductId), withHistory)).ToList();
    }
}
