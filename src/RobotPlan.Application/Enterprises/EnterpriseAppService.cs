using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Enterprises;

public sealed class EnterpriseAppService(
    IEnterpriseRepository enterprises,
    EnterpriseManager manager,
    IReferenceDataRepository referenceData,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    DataScope scope) : IEnterpriseAppService
{
    public async Task<PagedResultDto<EnterpriseDto>> GetListAsync(GetEnterprisesInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Enterprises.Default);
        if (scope.EnterpriseRestriction is { } own)
        {
            var mine = await enterprises.FindAsync(own, ct);
            return mine is null ? new(0, []) : new(1, [await ToDtoAsync(mine, ct)]);
        }
        var jurisdiction = scope.JurisdictionRestriction ?? input.JurisdictionId;
        if (scope.JurisdictionRestriction is { } restricted && input.JurisdictionId is { } asked && asked != restricted)
            return new(0, []);
        var (total, items) = await enterprises.GetPageAsync(
            new EnterpriseFilter(input.Keyword, jurisdiction, input.Sorting, input.SkipCount, input.MaxResultCount, input.VerificationStatus), ct);
        var names = (await referenceData.GetJurisdictionsAsync(ct)).ToDictionary(j => j.Id, j => j.LocalName());
        return new(total, items.Select(e => e.ToDto(names.GetValueOrDefault(e.JurisdictionId))).ToList());
    }

    public async Task<EnterpriseDto> GetAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Enterprises.Default);
        return await ToDtoAsync(await LoadVisibleAsync(id, ct), ct);
    }

    public async Task<EnterpriseDto> GetMineAsync(CancellationToken ct)
    {
        currentUser.CheckPermission(P.Enterprises.EditOwn);
        var id = currentUser.EnterpriseId ?? throw new EntityNotFoundException(typeof(Enterprise));
        return await GetAsync(id, ct);
    }

    public async Task<EnterpriseDto> UpdateAsync(Guid id, UpdateEnterpriseDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Enterprises.EditOwn);
        var enterprise = await LoadVisibleAsync(id, ct);
        scope.EnsureOwnEnterprise(enterprise.Id, typeof(Enterprise), id);
        unitOfWork.ExpectConcurrencyStamp(enterprise, input.ConcurrencyStamp);
        enterprise.UpdateProfile(input.LegalName, input.Address, input.Contact.ToValue());
        if (input.BankAccount is not null) enterprise.SetBankAccount(input.BankAccount.ToValue());
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(enterprise, ct);
    }

    public async Task<CrossRegionExemptionDto> GrantCrossRegionExemptionAsync(GrantCrossRegionExemptionDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Enterprises.Manage);
        var exemption = await manager.GrantCrossRegionExemptionAsync(input.Uscc, input.Reason, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return new CrossRegionExemptionDto(exemption.Id, exemption.Uscc, exemption.Reason, exemption.CreationTime);
    }

    private async Task<Enterprise> LoadVisibleAsync(Guid id, CancellationToken ct)
    {
        var enterprise = await enterprises.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(Enterprise), id);
        scope.EnsureCanSee(enterprise);
        return enterprise;
    }

    private async Task<EnterpriseDto> ToDtoAsync(Enterprise enterprise, CancellationToken ct) =>
        enterprise.ToDto((await referenceData.FindJurisdictionAsync(enterprise.JurisdictionId, ct))?.LocalName());
}
