using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;
using RobotPlan.Identity;
using RobotPlan.Localization;
using RobotPlan.Web.Accounts;

namespace RobotPlan.Web.Pages.Account;

/// <summary>
/// Sets up the authenticator app (TOTP, Identity's authenticator token provider) and shows ten recovery codes once.
/// Reached on the first sign-in of a role that must use a second factor (its password passed, nothing signed in yet),
/// or by a signed-in enterprise or expert that chooses to (issue #14).
/// </summary>
public sealed class SetUpTwoFactorModel(SignInManager<AppUser> signIn, SignInThrottle throttle, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    private const int RecoveryCodeCount = 10;

    [BindProperty, Required, StringLength(10), RegularExpression("^[0-9 ]+$")]
    public string Code { get; set; } = "";

    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public string QrCodeSvg { get; private set; } = "";
    public string? ReturnUrl { get; set; }

    /// <summary>Set once the code was right: shown on this answer only.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        var (user, _) = await UserAsync();
        if (user is null) return RedirectToPage("/Account/Login");
        if (user.TwoFactorEnabled) return RedirectToPage("/Account/TwoFactor");
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        var (user, passwordOnly) = await UserAsync();
        if (user is null) return RedirectToPage("/Account/Login");
        if (user.TwoFactorEnabled) return RedirectToPage("/Account/TwoFactor");
        await LoadKeyAsync(user);
        if (!ModelState.IsValid) return Page();
        if (throttle.Attempt(HttpContext, user.UserName) is { } retryAfter) return this.TooManyAttempts(retryAfter, L);
        if (!await signIn.UserManager.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, Code.Replace(" ", "")))
        {
            await signIn.UserManager.AccessFailedAsync(user);
            ModelState.AddModelError(nameof(Code), L["Account:CodeWrong"]);
            return Page();
        }
        await signIn.UserManager.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await signIn.UserManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        if (passwordOnly) await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        // Enabling changed the security stamp: a new cookie, or the old one would fail its next validation.
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "mfa");
        ReturnUrl = this.Target(returnUrl);
        return Page();
    }

    /// <summary>The user who passed the password on the login page, else the signed-in user.</summary>
    private async Task<(AppUser? User, bool PasswordOnly)> UserAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is { } passed) return (passed, true);
        return (User.Identity?.IsAuthenticated == true ? await signIn.UserManager.GetUserAsync(User) : null, false);
    }

    private async Task LoadKeyAsync(AppUser user)
    {
        var key = await signIn.UserManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await signIn.UserManager.ResetAuthenticatorKeyAsync(user);
            key = (await signIn.UserManager.GetAuthenticatorKeyAsync(user))!;
        }
        SharedKey = SignInPages.Grouped(key);
        AuthenticatorUri = $"otpauth://totp/RobotPlan:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer=RobotPlan&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M);
        QrCodeSvg = new SvgQRCode(data).GetGraphic(4);
    }
}
