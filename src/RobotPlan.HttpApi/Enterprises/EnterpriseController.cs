using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.Dtos;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Enterprises;

[Route("api/app/enterprises")]
public sealed class EnterpriseController(IEnterpriseAppService enterprises) : RobotPlanAppControllerBase
{
    [HttpGet]
    [Authorize(P.Enterprises.Default)]
    public Task<PagedResultDto<EnterpriseDto>> GetListAsync([FromQuery] GetEnterprisesInput input, CancellationToken ct) =>
        enterprises.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    [Authorize(P.Enterprises.Default)]
    public Task<EnterpriseDto> GetAsync(Guid id, CancellationToken ct) => enterprises.GetAsync(id, ct);

    [HttpGet("mine")]
    [Authorize(P.Enterprises.EditOwn)]
    public Task<EnterpriseDto> GetMineAsync(CancellationToken ct) => enterprises.GetMineAsync(ct);

    [HttpPut("{id:guid}")]
    [Authorize(P.Enterprises.EditOwn)]
    public Task<EnterpriseDto> UpdateAsync(Guid id, UpdateEnterpriseDto input, CancellationToken ct) =>
        enterprises.UpdateAsync(id, input, ct);

    [HttpPost("cross-region-exemptions")]
    [Authorize(P.Enterprises.Manage)]
    public Task<CrossRegionExemptionDto> GrantCrossRegionExemptionAsync(GrantCrossRegionExemptionDto input, CancellationToken ct) =>
        enterprises.GrantCrossRegionExemptionAsync(input, ct);
}
