using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Experts;

[Route("api/app/experts")]
[Authorize(P.Catalogs.ManageExperts)]
public sealed class ExpertController(IExpertAppService experts) : RobotPlanAppControllerBase
{
    [HttpGet]
    public Task<IReadOnlyList<ExpertProfileDto>> GetListAsync(CancellationToken ct) => experts.GetListAsync(ct);

    [HttpGet("{id:guid}")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound)]
    public Task<ExpertProfileDto> GetAsync(Guid id, CancellationToken ct) => experts.GetAsync(id, ct);

    [HttpPost]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status422UnprocessableEntity)]
    public Task<ExpertProfileDto> CreateAsync(CreateExpertProfileDto input, CancellationToken ct) => experts.CreateAsync(input, ct);

    [HttpPut("{id:guid}")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status404NotFound)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status409Conflict)]
    public Task<ExpertProfileDto> UpdateAsync(Guid id, UpdateExpertProfileDto input, CancellationToken ct) => experts.UpdateAsync(id, input, ct);
}
