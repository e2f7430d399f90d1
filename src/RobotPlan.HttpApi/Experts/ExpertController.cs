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
    public Task<ExpertProfileDto> GetAsync(Guid id, CancellationToken ct) => experts.GetAsync(id, ct);

    [HttpPost]
    public Task<ExpertProfileDto> CreateAsync(CreateExpertProfileDto input, CancellationToken ct) => experts.CreateAsync(input, ct);

    [HttpPut("{id:guid}")]
    public Task<ExpertProfileDto> UpdateAsync(Guid id, UpdateExpertProfileDto input, CancellationToken ct) => experts.UpdateAsync(id, input, ct);
}
