using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RobotPlan.Accounts;
using RobotPlan.Errors;
using RobotPlan.Identity;
using RobotPlan.Localization;
using RobotPlan.Web.Accounts;

namespace RobotPlan.Web.Pages.Account;

public sealed class LoginModel(SignInManager<AppUser> signIn, SignInThrottle throttle, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty]
    public LoginDto Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    /// <summary>Viewing the form is never rate limited; only sign-in attempts count (issue #14).</summary>
    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid) return Page();
        if (throttle.Attempt(HttpContext, Input.UserName) is { } retryAfter) return this.TooManyAttempts(retryAfter, L);
        var user = await signIn.UserManager.FindByNameAsync(Input.UserName.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        var target = this.Target(returnUrl);
        if (result.Succeeded) return LocalRedirect(target);
        if (result.RequiresTwoFactor)
            return RedirectToPage(user!.TwoFactorEnabled ? "/Account/LoginWithTwoFactor" : "/Account/SetUpTwoFactor", new { returnUrl = target });
        // Locked, disabled and wrong password read the same (no account enumeration).
        ModelState.AddModelError(string.Empty, L[RobotPlanErrorCodes.LoginFailed]);
        return Page();
    }
}
