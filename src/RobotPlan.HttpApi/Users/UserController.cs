using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.Dtos;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Users;

[Route("api/app/users")]
[Authorize(P.Users.Manage)]
public sealed class UserController(IUserAppService users) : RobotPlanAppControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<UserDto>> GetListAsync([FromQuery] GetUsersInput input, CancellationToken ct) => users.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    public Task<UserDto> GetAsync(Guid id, CancellationToken ct) => users.GetAsync(id, ct);

    [HttpPost]
    public Task<UserDto> CreateAsync(CreateUserDto input, CancellationToken ct) => users.CreateAsync(input, ct);

    [HttpPost("{id:guid}/lock")]
    public Task<UserDto> LockAsync(Guid id, CancellationToken ct) => users.LockAsync(id, ct);

    [HttpPost("{id:guid}/unlock")]
    public Task<UserDto> UnlockAsync(Guid id, CancellationToken ct) => users.UnlockAsync(id, ct);

    [HttpPost("{id:guid}/reset-password")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> ResetPasswordAsync(Guid id, ResetPasswordDto input, CancellationToken ct)
    {
        await users.ResetPasswordAsync(id, input, ct);
        return NoContent();
    }
}
