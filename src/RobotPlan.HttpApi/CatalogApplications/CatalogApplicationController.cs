using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.Dtos;
using RobotPlan.Files;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.CatalogApplications;

[Route("api/app/catalog-applications")]
public sealed class CatalogApplicationController(ICatalogApplicationAppService applications) : RobotPlanAppControllerBase
{
    [HttpGet]
    [Authorize(P.Catalogs.Default)]
    public Task<PagedResultDto<CatalogApplicationDto>> GetListAsync([FromQuery] GetCatalogApplicationsInput input, CancellationToken ct) =>
        applications.GetListAsync(input, ct);

    [HttpGet("tasks")]
    [Authorize(P.Catalogs.Default)]
    public Task<IReadOnlyList<CatalogTaskDto>> GetTasksAsync(CancellationToken ct) => applications.GetTasksAsync(ct);

    [HttpGet("{id:guid}")]
    [Authorize(P.Catalogs.Default)]
    public Task<CatalogApplicationDto> GetAsync(Guid id, CancellationToken ct) => applications.GetAsync(id, ct);

    [HttpGet("{id:guid}/eligibility")]
    [Authorize(P.Catalogs.Default)]
    public Task<EligibilityDto> GetEligibilityAsync(Guid id, CancellationToken ct) => applications.GetEligibilityAsync(id, ct);

    [HttpPost]
    [Authorize(P.Catalogs.Apply)]
    public Task<CatalogApplicationDto> CreateAsync(CreateCatalogApplicationDto input, CancellationToken ct) =>
        applications.CreateAsync(input, ct);

    [HttpPut("{id:guid}")]
    [Authorize(P.Catalogs.Apply)]
    public Task<CatalogApplicationDto> UpdateAsync(Guid id, UpdateCatalogApplicationDto input, CancellationToken ct) =>
        applications.UpdateAsync(id, input, ct);

    [HttpPost("{id:guid}/attachments")]
    [Authorize(P.Catalogs.Apply)]
    [Consumes("multipart/form-data")]
    public Task<CatalogApplicationDto> AddAttachmentAsync(Guid id, [FromForm, Required, EnumDataType(typeof(CatalogAttachmentKind))]
        CatalogAttachmentKind? kind, [Required] IFormFile file, CancellationToken ct) =>
        applications.AddAttachmentAsync(id, kind!.Value, file.ToUpload(), ct);

    [HttpPost("{id:guid}/submit")]
    [Authorize(P.Catalogs.Apply)]
    public Task<CatalogApplicationDto> SubmitAsync(Guid id, CatalogTransitionDto input, CancellationToken ct) =>
        applications.SubmitAsync(id, input, ct);

    [HttpPost("{id:guid}/withdraw")]
    [Authorize(P.Catalogs.Apply)]
    public Task<CatalogApplicationDto> WithdrawAsync(Guid id, CatalogTransitionDto input, CancellationToken ct) =>
        applications.WithdrawAsync(id, input, ct);

    [HttpPost("{id:guid}/district-approve")]
    [Authorize(P.Catalogs.DistrictReview)]
    public Task<CatalogApplicationDto> DistrictApproveAsync(Guid id, CatalogTransitionDto input, CancellationToken ct) =>
        applications.DistrictApproveAsync(id, input, ct);

    [HttpPost("{id:guid}/formal-approve")]
    [Authorize(P.Catalogs.MunicipalReview)]
    public Task<CatalogApplicationDto> FormalApproveAsync(Guid id, CatalogTransitionDto input, CancellationToken ct) =>
        applications.FormalApproveAsync(id, input, ct);

    /// <summary>By the district reviewer before municipal review, by the municipal reviewer after (checked per step).</summary>
    [HttpPost("{id:guid}/return")]
    [Authorize(P.Catalogs.Default)]
    public Task<CatalogApplicationDto> ReturnAsync(Guid id, CatalogReasonTransitionDto input, CancellationToken ct) =>
        applications.ReturnAsync(id, input, ct);

    [HttpPost("{id:guid}/reject")]
    [Authorize(P.Catalogs.Default)]
    public Task<CatalogApplicationDto> RejectAsync(Guid id, CatalogReasonTransitionDto input, CancellationToken ct) =>
        applications.RejectAsync(id, input, ct);
}
