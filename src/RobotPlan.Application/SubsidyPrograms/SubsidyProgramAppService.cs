using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.SubsidyPrograms;

public sealed class SubsidyProgramAppService(
    ISubsidyProgramRepository programs,
    SubsidyProgramManager manager,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : ISubsidyProgramAppService
{
    public async Task<IReadOnlyList<SubsidyProgramDto>> GetListAsync(int? year, SubsidyKind? kind, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Subsidies.Default);
        return (await programs.GetListAsync(year, kind, ct)).Select(p => p.ToDto()).ToList();
    }

    // A handful of programmes a year: paged after reading, so the pages and the API share one query.
    public async Task<RobotPlan.Dtos.PagedResultDto<SubsidyProgramDto>> GetPageAsync(GetSubsidyProgramsInput input, CancellationToken ct)
    {
        var all = await GetListAsync(input.Year, input.Kind, ct);
        return new(all.Count, all.Skip(input.SkipCount).Take(input.MaxResultCount).ToList());
    }

    public async Task<SubsidyProgramDto> GetAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Subsidies.Default);
        return (await LoadAsync(id, ct)).ToDto();
    }

    public async Task<SubsidyProgramDto> CreateAsync(CreateSubsidyProgramDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Subsidies.ManagePrograms);
        var program = await manager.CreateAsync(input.Year, input.Kind, input.Title, ToUtc(input.OpensAt), ToUtc(input.ClosesAt),
            input.Budget, input.Parameters.ToValue(), ct);
        program.TranslateTitle(input.TitleEn);
        await unitOfWork.SaveChangesAsync(ct);
        return program.ToDto();
    }

    public async Task<SubsidyProgramDto> UpdateAsync(Guid id, UpdateSubsidyProgramDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Subsidies.ManagePrograms);
        var program = await LoadAsync(id, ct);
        unitOfWork.ExpectConcurrencyStamp(program, input.ConcurrencyStamp);
        program.Reschedule(input.Title, ToUtc(input.OpensAt), ToUtc(input.ClosesAt));
        program.TranslateTitle(input.TitleEn);
        program.SetBudget(input.Budget);
        await unitOfWork.SaveChangesAsync(ct);
        return program.ToDto();
    }

    public async Task<SubsidyProgramDto> ChangeParametersAsync(Guid id, ChangeSubsidyParametersDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Subsidies.ManagePrograms);
        var program = await LoadAsync(id, ct);
        program.ChangeParameters(input.Parameters.ToValue(), input.Reason, clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
        return program.ToDto();
    }

    public async Task<SubsidyParameterPreviewDto> PreviewParametersAsync(Guid id, SubsidyParameterPreviewInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Subsidies.ManagePrograms);
        var program = await LoadAsync(id, ct);
        var proposed = SubsidyProgram.Validate(input.Parameters.ToValue());
        var current = program.CurrentParameters;
        // The calculator the decisions use, once per parameter set.
        ClaimComputation Example(int version, SubsidyParameters values) => program.Kind == SubsidyKind.FirstPurchaseReward
            ? ClaimComputation.ForReward(version, values, input.ContractPrice)
            : ClaimComputation.ForCompensation(version, values, input.PremiumPaid, input.SumInsured, input.AlreadyCompensated);
        var before = Example(current.Version, current.Values);
        var after = Example(current.Version + 1, proposed);
        return new(program.Kind, current.Version, before.Amount, before.Lines.Select(l => l.ToDto()).ToList(),
            after.Amount, after.Lines.Select(l => l.ToDto()).ToList());
    }

    public async Task<SubsidyEstimateDto> EstimateAsync(SubsidyEstimateInput input, CancellationToken ct)
    {
        var latest = await programs.FindLatestAsync(SubsidyKind.InsuranceCompensation, ct);
        var parameters = latest?.CurrentParameters.Values ?? SubsidyParameters.Default;
        // The claim's own computation; version 0 stands for the defaults when no programme exists yet.
        var result = ClaimComputation.ForCompensation(latest?.CurrentParameters.Version ?? 0, parameters, input.PremiumPaid, input.SumInsured,
            input.AlreadyCompensated);
        return new SubsidyEstimateDto(result.Amount, result.ValueOf(InsuranceCompensationCalculator.EligiblePremium),
            result.Amount < result.ValueOf(InsuranceCompensationCalculator.SubsidyBeforeCap),
            latest?.CurrentParameters.Version, latest?.Year, result.Lines.Select(l => l.ToDto()).ToList());
    }

    private async Task<SubsidyProgram> LoadAsync(Guid id, CancellationToken ct) =>
        await programs.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(SubsidyProgram), id);

    /// <summary>Windows are entered as Asia/Shanghai local times and kept in UTC.</summary>
    private static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), BusinessCalendarClock.TimeZone);
}
