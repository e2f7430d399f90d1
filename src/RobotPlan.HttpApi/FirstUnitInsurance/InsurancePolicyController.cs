using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.Dtos;
using RobotPlan.Files;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.FirstUnitInsurance;

[Route("api/app/insurance-policies")]
public sealed class InsurancePolicyController(IInsurancePolicyAppService policies) : RobotPlanAppControllerBase
{
    [HttpGet]
    [Authorize(P.Insurance.Default)]
    public Task<PagedResultDto<InsurancePolicyDto>> GetListAsync([FromQuery] GetInsurancePoliciesInput input, CancellationToken ct) =>
        policies.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    [Authorize(P.Insurance.Default)]
    public Task<InsurancePolicyDto> GetAsync(Guid id, CancellationToken ct) => policies.GetAsync(id, ct);

    [HttpPost]
    [Authorize(P.Insurance.Manage)]
    public Task<InsurancePolicyDto> RegisterAsync(RegisterInsurancePolicyDto input, CancellationToken ct) => policies.RegisterAsync(input, ct);

    [HttpPost("{id:guid}/premium-payment")]
    [Authorize(P.Insurance.Manage)]
    [Consumes("multipart/form-data")]
    public Task<InsurancePolicyDto> RecordPremiumPaymentAsync(Guid id, [FromForm] RecordPremiumPaymentDto input, [Required] IFormFile file,
        CancellationToken ct) => policies.RecordPremiumPaymentAsync(id, input, file.ToUpload(), ct);
}
