using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using RobotPlan.Accounts;
using RobotPlan.Enterprises;
using RobotPlan.Identity;
using RobotPlan.Localization;
using RobotPlan.ReferenceData;

namespace RobotPlan.Web.Pages.Account;

/// <summary>Enterprise self-registration: the account and the enterprise in one form (R-1…R-3); attempts are rate-limited.</summary>
[EnableRateLimiting(RobotPlan.Web.Hosting.RateLimitSetup.Registration)]
public sealed class RegisterModel(
    IAccountAppService accounts,
    IReferenceDataAppService referenceData,
    SignInManager<AppUser> signIn,
    IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty]
    public RegisterEnterpriseDto Input { get; set; } = new() { Contact = new ContactDto("", "", "") };

    public IReadOnlyList<JurisdictionDto> Jurisdictions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Issue #14: one account, one enterprise.
        if (User.Identity?.IsAuthenticated == true) return RedirectToPage("/Index");
        Jurisdictions = await referenceData.GetJurisdictionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Jurisdictions = await referenceData.GetJurisdictionsAsync(ct);
        if (!ModelState.IsValid) return Page();
        RegisteredEnterpriseDto registered;
        try
        {
            registered = await accounts.RegisterEnterpriseAsync(Input, ct);
        }
        catch (Exception e) when (PageErrors.IsUserFacing(e))
        {
            ModelState.Add(e, L);
            return Page();
        }
        var user = await signIn.UserManager.FindByIdAsync(registered.UserId.ToString());
        await signIn.SignInAsync(user!, isPersistent: false);
        TempData["Message"] = L["Enterprises:Registered", registered.Uscc].Value;
        return RedirectToPage("/Enterprises/Mine");
    }
}
