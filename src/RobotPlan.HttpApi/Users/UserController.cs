using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Users;

/// <summary>Users administration; each action names the administrator it belongs to (三员分立, issue #14).</summary>
[Route("api/app/users")]
public sealed class UserController(IUserAppService users) : RobotPlanAppControllerBase
{
    [HttpGet]
    [Authorize(P.Users.Default)]
    public Task<PagedResultDto<UserDto>> GetListAsync([FromQuery] GetUsersInput input, CancellationToken ct) => users.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    [Authorize(P.Users.Default)]
    public Task<UserDto> GetAsync(Guid id, CancellationToken ct) => users.GetAsync(id, ct);

    [HttpPost]
    [Authorize(P.Users.Manage)]
    public Task<UserDto> CreateAsync(CreateUserDto input, CancellationToken ct) => users.CreateAsync(input, ct);

    [HttpGet("bindable-enterprises")]
    [Authorize(P.Users.Default)]
    public Task<IReadOnlyList<BindableEnterpriseDto>> GetBindableEnterprisesAsync(CancellationToken ct) => users.GetBindableEnterprisesAsync(ct);

    [HttpPost("{id:guid}/lock")]
    [Authorize(P.Users.ManageSecurity)]
    public Task<UserDto> LockAsync(Guid id, CancellationToken ct) => users.LockAsync(id, ct);

    [HttpPost("{id:guid}/unlock")]
    [Authorize(P.Users.ManageSecurity)]
    public Task<UserDto> UnlockAsync(Guid id, CancellationToken ct) => users.UnlockAsync(id, ct);

    [HttpPost("{id:guid}/reset-password")]
    [Authorize(P.Users.Manage)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> ResetPasswordAsync(Guid id, ResetPasswordDto input, CancellationToken ct)
    {
        await users.ResetPasswordAsync(id, input, ct);
        return NoContent();
    }

    [HttpPost("{id:guid}/role")]
    [Authorize(P.Users.ManageSecurity)]
    public Task<UserDto> ChangeRoleAsync(Guid id, ChangeRoleDto input, CancellationToken ct) => users.ChangeRoleAsync(id, input, ct);

    [HttpPost("{id:guid}/reset-two-factor")]
    [Authorize(P.Users.ManageSecurity)]
    public Task<UserDto> ResetTwoFactorAsync(Guid id, CancellationToken ct) => users.ResetTwoFactorAsync(id, ct);
}
