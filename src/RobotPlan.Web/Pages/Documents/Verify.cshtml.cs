using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using RobotPlan.Documents;
using RobotPlan.Files;
using RobotPlan.Localization;
using RobotPlan.Web.Hosting;

namespace RobotPlan.Web.Pages.Documents;

/// <summary>
/// Where a document's QR code leads (issue 17): what it said and its record's state now, and a check that an uploaded
/// copy is the very file issued. Unknown and malformed codes are the same 404 page.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitSetup.PublicSearch)]
public sealed class VerifyModel(IPublicDocumentAppService documents, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public string? Code { get; private set; }
    public DocumentVerificationDto? Verification { get; private set; }
    public DocumentFileCheckDto? Check { get; private set; }

    public async Task OnGetAsync(string? code, CancellationToken ct) => await LoadAsync(code, ct);

    public async Task<IActionResult> OnPostAsync(string? code, [FromForm(Name = "Upload")] IFormFile? upload, CancellationToken ct)
    {
        if (upload is null) ModelState.AddModelError("Upload", L["Verify:CheckFile.File"]);
        else
        {
            try
            {
                await using var content = upload.OpenReadStream();
                Check = await documents.CheckFileAsync(code ?? "", new FileUpload(content, upload.FileName, upload.Length), ct);
            }
            catch (Exception e) when (this.TryShow(e, L, ""))
            {
            }
        }
        await LoadAsync(code, ct);
        return Page();
    }

    private async Task LoadAsync(string? code, CancellationToken ct)
    {
        Code = code is { Length: > 64 } ? code[..64] : code;
        if (string.IsNullOrWhiteSpace(Code)) return;
        Verification = await documents.VerifyAsync(Code, ct);
        if (Verification is null) Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
