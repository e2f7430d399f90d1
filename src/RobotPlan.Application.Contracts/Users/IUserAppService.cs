using RobotPlan.Dtos;

namespace RobotPlan.Users;

/// <summary>Users administration (RobotPlan.Users.Manage).</summary>
public interface IUserAppService
{
    Task<PagedResultDto<UserDto>> GetListAsync(GetUsersInput input, CancellationToken ct = default);
    Task<UserDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<UserDto> CreateAsync(CreateUserDto input, CancellationToken ct = default);
    /// <summary>Locks the user out until unlocked and ends its sessions.</summary>
    Task<UserDto> LockAsync(Guid id, CancellationToken ct = default);
    Task<UserDto> UnlockAsync(Guid id, CancellationToken ct = default);
    Task ResetPasswordAsync(Guid id, ResetPasswordDto input, CancellationToken ct = default);
}
