using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using RobotPlan.Accounts;
using RobotPlan.Errors;
using RobotPlan.Identity;
using RobotPlan.Localization;
using RobotPlan.Web.Hosting;

namespace RobotPlan.Web.Pages.Account;

[EnableRateLimiting(RateLimitSetup.Login)]
public sealed class LoginModel(SignInManager<AppUser> signIn, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty]
    public LoginDto Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid) return Page();
        var user = await signIn.UserManager.FindByNameAsync(Input.UserName.Trim());
        var result = user is { IsActive: true }
            ? await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        ModelState.AddModelError(string.Empty, L[result.IsLockedOut ? RobotPlanErrorCodes.LockedOut : RobotPlanErrorCodes.LoginFailed]);
        return Page();
    }
}
