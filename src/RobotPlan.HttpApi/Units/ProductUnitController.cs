using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.Dtos;
using RobotPlan.Files;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Units;

/// <summary>产品质量追溯: registry, incidents (with evidence), the one-step suspension, the trace.</summary>
[Route("api/app/units")]
public sealed class ProductUnitController(IProductUnitAppService units) : RobotPlanAppControllerBase
{
    [HttpGet]
    [Authorize(P.Units.Default)]
    public Task<PagedResultDto<ProductUnitDto>> GetListAsync([FromQuery] GetUnitsInput input, CancellationToken ct) => units.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    [Authorize(P.Units.Default)]
    public Task<ProductUnitDto> GetAsync(Guid id, CancellationToken ct) => units.GetAsync(id, ct);

    [HttpPost]
    [Authorize(P.Units.Register)]
    public Task<ProductUnitDto> RegisterAsync(RegisterUnitDto input, CancellationToken ct) => units.RegisterAsync(input, ct);

    /// <summary>Multipart: the incident's fields and an optional evidence file (PDF, PNG or JPEG).</summary>
    [HttpPost("{id:guid}/incidents")]
    [Authorize(P.Units.ReportIncident)]
    [Consumes("multipart/form-data")]
    public Task<QualityIncidentDto> ReportIncidentAsync(Guid id, [FromForm] ReportIncidentDto input, IFormFile? file, CancellationToken ct) =>
        units.ReportIncidentAsync(id, input, file?.ToUpload(), ct);

    [HttpPost("{id:guid}/incidents/{incidentId:guid}/suspend-listings")]
    [Authorize(P.Catalogs.ManageListings)]
    public Task<QualityIncidentDto> SuspendListingsAsync(Guid id, Guid incidentId, SuspendForIncidentDto input, CancellationToken ct) =>
        units.SuspendListingsAsync(id, incidentId, input, ct);

    [HttpGet("{id:guid}/incidents/{incidentId:guid}/evidence")]
    [Authorize(P.Units.Default)]
    public async Task<FileStreamResult> GetEvidenceAsync(Guid id, Guid incidentId, CancellationToken ct) =>
        (await units.GetEvidenceAsync(id, incidentId, ct)).ToAttachment();

    [HttpGet("{id:guid}/trace")]
    [Authorize(P.Units.Default)]
    public Task<UnitTraceDto> TraceAsync(Guid id, CancellationToken ct) => units.TraceAsync(id, ct);
}
