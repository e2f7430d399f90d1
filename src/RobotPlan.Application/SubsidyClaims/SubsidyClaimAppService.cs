using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.SubsidyClaims;

/// <summary>
/// Reading, drafting and the enterprise's acts; reviewers' acts are in SubsidyClaimAppService.Reviews.cs, the award's explanation
/// and export in SubsidyAwards/AwardAppService.
/// </summary>
public sealed partial class SubsidyClaimAppService(
    ISubsidyClaimRepository claims,
    ISubsidyProgramRepository programs,
    SubsidyClaimChecker checker,
    SubsidyClaimManager manager,
    SubsidyClaimAccess access,
    ClaimDraftSources drafts,
    SubsidyClaimDtoAssembler assembler,
    FileStore fileStore,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    ClaimTaskList taskList,
    TimeProvider clock) : ISubsidyClaimAppService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<ClaimProgramDto>> GetOpenProgramsAsync(CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Default);
        return (await programs.GetListAsync(null, null, ct)).Where(p => p.IsOpenAt(Now))
            .Select(p => new ClaimProgramDto(p.Id, p.Year, p.Kind, p.LocalTitle(), p.OpensAtUtc, p.ClosesAtUtc)).ToList();
    }

    public async Task<PagedResultDto<SubsidyClaimDto>> GetListAsync(GetSubsidyClaimsInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Default);
        var (total, items) = await access.GetVisiblePageAsync(input, ct);
        return new(total, await assembler.ToDtosAsync(items, withHistory: false, ct));
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
        var policy = await drafts.OwnPolicyAsync(enterpriseId, input.PolicyId!.Value, ct);
        var claim = SubsidyClaim.ForCompensation(program, policy, enterpriseId, Now);
        await claims.AddAsync(claim, ct);
        return await SaveAsync(claim, ct);
    }

    public async Task<SubsidyClaimDto> CreateRewardAsync(CreateRewardClaimDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Apply);
        var enterpriseId = currentUser.EnterpriseId ?? throw new AuthorizationException(P.Claims.Apply);
        var program = await ProgramAsync(input.ProgramId!.Value, ct);
        var claim = SubsidyClaim.ForReward(program, enterpriseId, await drafts.PurchaseAsync(enterpriseId, input.Purchase, ct), Now);
        await claims.AddAsync(claim, ct);
        return await SaveAsync(claim, ct);
    }

    public Task<ClaimProductDto?> FindListedProductAsync(string listingNumber, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Apply);
        return drafts.FindListedProductAsync(listingNumber, ct);
    }

    public async Task<SubsidyClaimDto> UpdateRewardAsync(Guid id, UpdateRewardClaimDto input, CancellationToken ct)
    {
        var claim = await LoadOwnAsync(id, input.ConcurrencyStamp, ct);
        claim.UpdatePurchase(await drafts.PurchaseAsync(claim.EnterpriseId, input.Purchase, ct));
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

    private async Task<SubsidyProgram> ProgramAsync(Guid id, CancellationToken ct) =>
        await programs.FindAsync(id, ct) ?? throw new BusinessException(RobotPlanErrorCodes.ClaimProgramKindMismatch, "programId");

    private ReviewActor Actor(string role) => currentUser.AsActor(role);

    private async Task<SubsidyClaimDto> SaveAsync(SubsidyClaim claim, CancellationToken ct)
    {
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(claim, ct);
    }

    private Task<SubsidyClaim> LoadVisibleAsync(Guid id, CancellationToken ct) => access.LoadVisibleAsync(id, ct);

    private async Task<SubsidyClaim> LoadOwnAsync(Guid id, string? stamp, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Apply);
        var claim = await access.LoadOwnAsync(id, ct);
        unitOfWork.ExpectConcurrencyStamp(claim, stamp);
        return claim;
    }

    private Task<SubsidyClaimDto> ToDtoAsync(SubsidyClaim claim, CancellationToken ct) => assembler.ToDtoAsync(claim, ct);
}
