using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.SubsidyPrograms;

[Route("api/app/subsidy-programs")]
public sealed class SubsidyProgramController(ISubsidyProgramAppService programs) : RobotPlanAppControllerBase
{
    [HttpGet]
    [Authorize(P.Subsidies.Default)]
    public Task<RobotPlan.Dtos.PagedResultDto<SubsidyProgramDto>> GetListAsync([FromQuery] GetSubsidyProgramsInput input, CancellationToken ct) =>
        programs.GetPageAsync(input, ct);

    [HttpGet("{id:guid}")]
    [Authorize(P.Subsidies.Default)]
    public Task<SubsidyProgramDto> GetAsync(Guid id, CancellationToken ct) => programs.GetAsync(id, ct);

    [HttpPost]
    [Authorize(P.Subsidies.ManagePrograms)]
    public Task<SubsidyProgramDto> CreateAsync(CreateSubsidyProgramDto input, CancellationToken ct) => programs.CreateAsync(input, ct);

    [HttpPut("{id:guid}")]
    [Authorize(P.Subsidies.ManagePrograms)]
    public Task<SubsidyProgramDto> UpdateAsync(Guid id, UpdateSubsidyProgramDto input, CancellationToken ct) =>
        programs.UpdateAsync(id, input, ct);

    [HttpPost("{id:guid}/parameters")]
    [Authorize(P.Subsidies.ManagePrograms)]
    public Task<SubsidyProgramDto> ChangeParametersAsync(Guid id, ChangeSubsidyParametersDto input, CancellationToken ct) =>
        programs.ChangeParametersAsync(id, input, ct);
}

[Route("api/public/subsidy-estimate")]
[AllowAnonymous]
public sealed class SubsidyEstimateController(ISubsidyProgramAppService programs) : RobotPlanControllerBase
{
    /// <summary>首台（套）保险补偿 estimator: premium, sum insured, years already compensated → the amount, line by line.</summary>
    [HttpGet]
    public Task<SubsidyEstimateDto> EstimateAsync([FromQuery] SubsidyEstimateInput input, CancellationToken ct) =>
        programs.EstimateAsync(input, ct);
}
