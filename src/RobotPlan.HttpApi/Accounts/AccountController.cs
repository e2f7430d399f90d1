using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace RobotPlan.Accounts;

[Route("api/public/account")]
[AllowAnonymous]
public sealed class AccountController(IAccountAppService accounts) : RobotPlanControllerBase
{
    /// <summary>Registers an enterprise user together with its enterprise .</summary>
    [HttpPost("register-enterprise")]
    public Task<RegisteredEnterpriseDto> RegisterEnterpriseAsync(RegisterEnterpriseDto input, CancellationToken ct) =>
        accounts.RegisterEnterpriseAsync(input, ct);
}
