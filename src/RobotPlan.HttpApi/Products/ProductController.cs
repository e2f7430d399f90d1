using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.Dtos;
using RobotPlan.Files;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Products;

[Route("api/app/products")]
public sealed class ProductController(IProductAppService products) : RobotPlanAppControllerBase
{
    [HttpGet]
    [Authorize(P.Products.Default)]
    public Task<PagedResultDto<ProductDto>> GetListAsync([FromQuery] GetProductsInput input, CancellationToken ct) =>
        products.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    [Authorize(P.Products.Default)]
    public Task<ProductDto> GetAsync(Guid id, CancellationToken ct) => products.GetAsync(id, ct);

    [HttpPost]
    [Authorize(P.Products.Manage)]
    public Task<ProductDto> CreateAsync(CreateProductDto input, CancellationToken ct) => products.CreateAsync(input, ct);

    [HttpPut("{id:guid}")]
    [Authorize(P.Products.Manage)]
    public Task<ProductDto> UpdateAsync(Guid id, UpdateProductDto input, CancellationToken ct) => products.UpdateAsync(id, input, ct);

    [HttpDelete("{id:guid}")]
    [Authorize(P.Products.Manage)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> DeleteAsync(Guid id, CancellationToken ct)
    {
        await products.DeleteAsync(id, ct);
        return NoContent();
    }

    [HttpPost("{id:guid}/brochure")]
    [Authorize(P.Products.Manage)]
    [Consumes("multipart/form-data")]
    public Task<ProductDto> UploadBrochureAsync(Guid id, [Required] IFormFile file, CancellationToken ct) =>
        products.UploadBrochureAsync(id, file.ToUpload(), ct);

    [HttpGet("{id:guid}/brochure")]
    [Authorize(P.Products.Default)]
    [Produces("application/octet-stream", "application/pdf", "image/png", "image/jpeg")]
    public async Task<FileStreamResult> GetBrochureAsync(Guid id, CancellationToken ct) =>
        (await products.GetBrochureAsync(id, ct)).ToAttachment();
}
