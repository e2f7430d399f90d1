using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RobotPlan.Enterprises;
using RobotPlan.Files;

namespace RobotPlan.Accounts;

[Route("api/public/account")]
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Registration)]
public sealed class AccountController(IAccountAppService accounts, IUsccDisputeAppService disputes) : RobotPlanControllerBase
{
    /// <summary>Registers an enterprise user together with its enterprise; the district then verifies it.</summary>
    [HttpPost("register-enterprise")]
    public Task<RegisteredEnterpriseDto> RegisterEnterpriseAsync(RegisterEnterpriseDto input, CancellationToken ct) =>
        accounts.RegisterEnterpriseAsync(input, ct);

    /// <summary>The real enterprise behind a squatted USCC: a new account and its business licence (issue #14).</summary>
    [HttpPost("uscc-disputes")]
    [Consumes("multipart/form-data")]
    public Task<UsccDisputeReceiptDto> FileUsccDisputeAsync([FromForm] FileUsccDisputeDto input, [Required] IFormFile file,
        CancellationToken ct) => disputes.FileAsync(input, file.ToUpload(), ct);
}
