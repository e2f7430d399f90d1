using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RobotPlan.Errors;
using RobotPlan.Identity;
using RobotPlan.Localization;
using RobotPlan.Web.Accounts;

namespace RobotPlan.Web.Pages.Account;

/// <summary>The second step of a cookie sign-in: the authenticator's code or one recovery code (issue #14).</summary>
public sealed class LoginWithTwoFactorModel(SignInManager<AppUser> signIn, SignInThrottle throttle, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty, StringLength(10), RegularExpression("^[0-9 ]+$")]
    public string? Code { get; set; }

    [BindProperty, StringLength(32)]
    public string? RecoveryCode { get; set; }

    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Account/Login");
        if (string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(RecoveryCode))
            ModelState.AddModelError(nameof(Code), L["Account:EnterCode"]);
        if (!ModelState.IsValid) return Page();
        if (throttle.Attempt(HttpContext, user.UserName) is { } retryAfter) return this.TooManyAttempts(retryAfter, L);
        var result = string.IsNullOrWhiteSpace(Code)
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode!.Replace(" ", ""))
            : await signIn.TwoFactorAuthenticatorSignInAsync(Code.Replace(" ", ""), isPersistent: false, rememberClient: false);
        if (result.Succeeded) return LocalRedirect(this.Target(returnUrl));
        ModelState.AddModelError(string.Empty, L[RobotPlanErrorCodes.LoginFailed]);
        return Page();
    }
}
