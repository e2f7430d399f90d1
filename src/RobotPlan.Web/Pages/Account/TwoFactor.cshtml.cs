using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RobotPlan.Identity;

namespace RobotPlan.Web.Pages.Account;

/// <summary>The signed-in user's second factor: its state, new recovery codes, and — where the role allows — turning it off.</summary>
[Authorize]
public sealed class TwoFactorModel(SignInManager<AppUser> signIn) : PageModel
{
    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public IReadOnlyList<string>? NewRecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await LoadAsync();
        if (user is null) return Challenge();
        if (!Enabled) return RedirectToPage();
        NewRecoveryCodes = (await signIn.UserManager.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(user);
        RecoveryCodesLeft = NewRecoveryCodes.Count;
        return Page();
    }

    /// <summary>Only for roles that may go without (enterprises, experts, testing bodies); the others are refused.</summary>
    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await LoadAsync();
        if (user is null) return Challenge();
        if (Required) return Forbid();
        await signIn.UserManager.SetTwoFactorEnabledAsync(user, false);
        await signIn.UserManager.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    private async Task<AppUser?> LoadAsync()
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null) return null;
        Enabled = user.TwoFactorEnabled;
        Required = RobotPlanRoles.RequireTwoFactor(await signIn.UserManager.GetRolesAsync(user));
        RecoveryCodesLeft = await signIn.UserManager.CountRecoveryCodesAsync(user);
        return user;
    }
}
