namespace RobotPlan.Users;

/// <summary>
/// Users administration, split by 三员分立 (issue #14): reading needs RobotPlan.Users, creating and password resets
/// RobotPlan.Users.Manage (system administrator), locks, roles and second factors RobotPlan.Users.ManageSecurity
/// (security administrator).
/// </summary>
public interface IUserAppService
{
    Task<PagedResultDto<UserDto>> GetListAsync(GetUsersInput input, CancellationToken ct = default);
    Task<UserDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<UserDto> CreateAsync(CreateUserDto input, CancellationToken ct = default);
    /// <summary>
    /// The enterprises a user can be bound to (the first 1,000 by name), for both administrators who bind users: names
    /// and USCCs only, so the security administrator binds without reading enterprises' files (三员分立).
    /// </summary>
    Task<IReadOnlyList<BindableEnterpriseDto>> GetBindableEnterprisesAsync(CancellationToken ct = default);
    /// <summary>Locks the user out until unlocked and ends its sessions.</summary>
    Task<UserDto> LockAsync(Guid id, CancellationToken ct = default);
    Task<UserDto> UnlockAsync(Guid id, CancellationToken ct = default);
    Task ResetPasswordAsync(Guid id, ResetPasswordDto input, CancellationToken ct = default);
    /// <summary>Replaces the user's role; never the caller's own.</summary>
    Task<UserDto> ChangeRoleAsync(Guid id, ChangeRoleDto input, CancellationToken ct = default);
    /// <summary>Drops the user's authenticator and recovery codes; never the caller's own.</summary>
    Task<UserDto> ResetTwoFactorAsync(Guid id, CancellationToken ct = default);
}
