using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using RobotPlan.Enterprises;
using RobotPlan.Errors;
using RobotPlan.Files;
using RobotPlan.Localization;
using RobotPlan.SeedWork;

namespace RobotPlan.Web.Pages.Account;

/// <summary>The real enterprise behind a squatted USCC files its licence from a new account (issue #14).</summary>
[EnableRateLimiting(RobotPlan.Web.Hosting.RateLimitSetup.Registration)]
public sealed class UsccDisputeModel(IUsccDisputeAppService disputes, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty]
    public FileUsccDisputeDto Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? RedirectToPage("/Enterprises/Dispute") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        try
        {
            if (Upload is null) throw new BusinessException(RobotPlanErrorCodes.UploadEmpty, "file");
            await using var content = Upload.OpenReadStream();
            var receipt = await disputes.FileAsync(Input, new FileUpload(content, Upload.FileName, Upload.Length), ct);
            TempData["Message"] = L["Enterprises:DisputeFiled", receipt.Uscc].Value;
            return RedirectToPage("/Account/Login");
        }
        catch (Exception e) when (this.TryShow(e, L, "Input"))
        {
            return Page();
        }
    }
}
