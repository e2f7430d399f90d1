using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Users;

public sealed class UserAppService(
    UserManager<AppUser> userManager,
    IAppUserRepository users,
    IEnterpriseRepository enterprises,
    UserBindingManager bindings,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : IUserAppService
{
    public async Task<PagedResultDto<UserDto>> GetListAsync(GetUsersInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Users.Default);
        var (total, items) = await users.GetPageAsync(
            new UserFilter(input.Keyword, input.Role, input.Sorting, input.SkipCount, input.MaxResultCount), ct);
        return new(total, items.Select(u => u.User.ToDto(u.Roles, clock.GetUtcNow())).ToList());
    }

    public async Task<UserDto> GetAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Users.Default);
        return await ToDtoAsync(await LoadAsync(id));
    }

    public Task<UserDto> CreateAsync(CreateUserDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Users.Manage);
        // 三员分立: the system administrator makes accounts; only the security administrator grants administrators' roles.
        if (RobotPlanRoles.Administrators.Contains(input.Role)) throw new BusinessException(RobotPlanErrorCodes.AdministratorRoleReserved, "role");
        // UserManager saves on its own; the transaction keeps the user and its role all-or-nothing.
        return unitOfWork.InTransactionAsync(async () =>
        {
            var user = new AppUser
            {
                UserName = input.UserName.Trim(),
                DisplayName = input.DisplayName.Trim(),
                Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
                CreationTime = clock.GetUtcNow().UtcDateTime,
            };
            await bindings.BindAsync(user, input.Role, input.EnterpriseId, input.JurisdictionId, input.TestingBodyId, ct);
            IdentityErrors.Check(await userManager.CreateAsync(user, input.Password), "password");
            IdentityErrors.Check(await userManager.AddToRoleAsync(user, input.Role), "role");
            return await ToDtoAsync(user);
        }, ct);
    }

    public async Task<IReadOnlyList<BindableEnterpriseDto>> GetBindableEnterprisesAsync(CancellationToken ct)
    {
        currentUser.CheckPermission(P.Users.Default);
        var (_, items) = await enterprises.GetPageAsync(new EnterpriseFilter(null, null, "legalName", 0, 1000), ct);
        return items.Select(e => new BindableEnterpriseDto(e.Id, e.LegalName, e.Uscc)).ToList();
    }

    public async Task<UserDto> LockAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Users.ManageSecurity);
        // An administrator locking themselves out could leave nobody to unlock anyone.
        if (id == currentUser.Id) throw new BusinessException(RobotPlanErrorCodes.CannotLockSelf);
        var user = await LoadAsync(id);
        user.IsActive = false;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        IdentityErrors.Check(await userManager.UpdateAsync(user), "id");
        // A new security stamp ends the user's cookie sessions, bearer tokens and refresh tokens at their next
        // validation (within a minute, issue #14).
        IdentityErrors.Check(await userManager.UpdateSecurityStampAsync(user), "id");
        return await ToDtoAsync(user);
    }

    public async Task<UserDto> UnlockAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Users.ManageSecurity);
        var user = await LoadAsync(id);
        user.IsActive = true;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        IdentityErrors.Check(await userManager.UpdateAsync(user), "id");
        return await ToDtoAsync(user);
    }

    public Task ResetPasswordAsync(Guid id, ResetPasswordDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Users.Manage);
        return unitOfWork.InTransactionAsync(async () =>
        {
            var user = await LoadAsync(id);
            // Remove + add, not a reset token: the administrator sets it; the policy still applies to the new one.
            IdentityErrors.Check(await userManager.RemovePasswordAsync(user), "newPassword");
            IdentityErrors.Check(await userManager.AddPasswordAsync(user, input.NewPassword), "newPassword");
            return true;
        }, ct);
    }

    public Task<UserDto> ChangeRoleAsync(Guid id, ChangeRoleDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Users.ManageSecurity);
        RefuseOwnAccount(id);
        return unitOfWork.InTransactionAsync(async () =>
        {
            var user = await LoadAsync(id);
            await bindings.BindAsync(user, input.Role, input.EnterpriseId, input.JurisdictionId, input.TestingBodyId, ct);
            IdentityErrors.Check(await userManager.RemoveFromRolesAsync(user, await userManager.GetRolesAsync(user)), "role");
            IdentityErrors.Check(await userManager.AddToRoleAsync(user, input.Role), "role");
            // The old role's permissions end with the sessions that carry them (within a minute).
            IdentityErrors.Check(await userManager.UpdateSecurityStampAsync(user), "id");
            return await ToDtoAsync(user);
        }, ct);
    }

    /// <summary>
    /// For a user who lost the authenticator and the recovery codes: the key and codes are dropped, its sessions end,
    /// and its next sign-in sets up a new one (the request is in the audit log like every change).
    /// </summary>
    public Task<UserDto> ResetTwoFactorAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Users.ManageSecurity);
        RefuseOwnAccount(id);
        return unitOfWork.InTransactionAsync(async () =>
        {
            var user = await LoadAsync(id);
            IdentityErrors.Check(await userManager.SetTwoFactorEnabledAsync(user, false), "id");
            IdentityErrors.Check(await userManager.ResetAuthenticatorKeyAsync(user), "id");
            await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
            return await ToDtoAsync(user);
        }, ct);
    }

    /// <summary>三员分立: an administrator's own access is always another administrator's decision.</summary>
    private void RefuseOwnAccount(Guid id)
    {
        if (id == currentUser.Id) throw new BusinessException(RobotPlanErrorCodes.CannotChangeOwnAccess);
    }

    private async Task<AppUser> LoadAsync(Guid id) =>
        await userManager.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(AppUser), id);

    private async Task<UserDto> ToDtoAsync(AppUser user) =>
        user.ToDto((await userManager.GetRolesAsync(user)).ToList(), clock.GetUtcNow());
}
