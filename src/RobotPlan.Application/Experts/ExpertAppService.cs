using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Experts;

public sealed class ExpertAppService(
    IExpertProfileRepository profiles,
    ExpertProfileManager manager,
    UserManager<AppUser> users,
    IEnterpriseRepository enterprises,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser) : IExpertAppService
{
    public async Task<IReadOnlyList<ExpertProfileDto>> GetListAsync(CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.ManageExperts);
        var all = await profiles.GetAllAsync(ct);
        var result = new List<ExpertProfileDto>();
        foreach (var profile in all) result.Add(await ToDtoAsync(profile, ct));
        return result;
    }

    public async Task<ExpertProfileDto> GetAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.ManageExperts);
        return await ToDtoAsync(await LoadAsync(id, ct), ct);
    }

    public async Task<ExpertProfileDto> CreateAsync(CreateExpertProfileDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.ManageExperts);
        var user = await users.FindByIdAsync(input.UserId!.Value.ToString());
        if (user is null || !await users.IsInRoleAsync(user, RobotPlanRoles.Expert))
            throw new BusinessException(RobotPlanErrorCodes.NotAnExpert, "userId");
        var profile = await manager.CreateAsync(user.Id, await DetailsAsync(input, ct), ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(profile, ct);
    }

    public async Task<ExpertProfileDto> UpdateAsync(Guid id, UpdateExpertProfileDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.ManageExperts);
        var profile = await LoadAsync(id, ct);
        unitOfWork.ExpectConcurrencyStamp(profile, input.ConcurrencyStamp);
        await manager.ChangeAsync(profile, await DetailsAsync(input, ct), ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(profile, ct);
    }

    private async Task<ExpertProfileDetails> DetailsAsync(ExpertProfileInputDto input, CancellationToken ct)
    {
        if (input.EmployerEnterpriseId is { } employer && await enterprises.FindAsync(employer, ct) is null)
            throw new BusinessException(RobotPlanErrorCodes.EntityNotFound, "employerEnterpriseId");
        return new ExpertProfileDetails(input.Fields, input.EmployerEnterpriseId, input.EmployerName, input.ConflictEnterpriseIds);
    }

    private async Task<ExpertProfile> LoadAsync(Guid id, CancellationToken ct) =>
        await profiles.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(ExpertProfile), id);

    private async Task<ExpertProfileDto> ToDtoAsync(ExpertProfile p, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(p.UserId.ToString());
        var employer = p.EmployerEnterpriseId is { } id ? await enterprises.FindAsync(id, ct) : null;
        return new ExpertProfileDto(p.Id, p.UserId, user?.UserName, user?.DisplayName, p.Fields, p.EmployerEnterpriseId, employer?.LegalName,
            p.EmployerName, p.ConflictEnterpriseIds, p.ConcurrencyStamp);
    }
}
