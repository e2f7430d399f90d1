using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RobotPlan.Enterprises;
using RobotPlan.Errors;
using RobotPlan.Files;
using RobotPlan.Localization;
using RobotPlan.SeedWork;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Enterprises;

/// <summary>The enterprise's own verification: status, the licence upload, the history (issue #14).</summary>
[Authorize(P.Enterprises.EditOwn)]
public sealed class VerificationModel(IEnterpriseAppService enterprises, IEnterpriseVerificationAppService verification,
    IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty]
    public SubmitVerificationDto Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public EnterpriseVerificationDto Verification { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.LegalRepresentative = Verification.LegalRepresentative ?? "";
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid) return Page();
        try
        {
            if (Upload is null) throw new BusinessException(RobotPlanErrorCodes.UploadEmpty, "file");
            await using var content = Upload.OpenReadStream();
            await verification.SubmitAsync(Verification.EnterpriseId, Input, new FileUpload(content, Upload.FileName, Upload.Length), ct);
        }
        catch (Exception e) when (this.TryShow(e, L, "Input"))
        {
            return Page();
        }
        TempData["Message"] = L["Enterprises:VerificationSubmitted"].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Verification = await verification.GetAsync((await enterprises.GetMineAsync(ct)).Id, ct);
}
