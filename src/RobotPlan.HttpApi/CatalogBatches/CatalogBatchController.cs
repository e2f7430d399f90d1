using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.Dtos;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.CatalogBatches;

[Route("api/app/catalog-batches")]
public sealed class CatalogBatchController(ICatalogBatchAppService batches) : RobotPlanAppControllerBase
{
    [HttpGet]
    [Authorize(P.Catalogs.Default)]
    public Task<PagedResultDto<CatalogBatchDto>> GetListAsync([FromQuery] GetCatalogBatchesInput input, CancellationToken ct) =>
        batches.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    [Authorize(P.Catalogs.Default)]
    public Task<CatalogBatchDto> GetAsync(Guid id, CancellationToken ct) => batches.GetAsync(id, ct);

    [HttpPost]
    [Authorize(P.Catalogs.ManageBatches)]
    public Task<CatalogBatchDto> CreateAsync(CreateCatalogBatchDto input, CancellationToken ct) => batches.CreateAsync(input, ct);

    [HttpPut("{id:guid}")]
    [Authorize(P.Catalogs.ManageBatches)]
    public Task<CatalogBatchDto> UpdateAsync(Guid id, UpdateCatalogBatchDto input, CancellationToken ct) => batches.UpdateAsync(id, input, ct);

    [HttpGet("{id:guid}/progress")]
    [Authorize(P.Catalogs.MunicipalReview)]
    public Task<CatalogBatchProgressDto> GetProgressAsync(Guid id, CancellationToken ct) => batches.GetProgressAsync(id, ct);
}
