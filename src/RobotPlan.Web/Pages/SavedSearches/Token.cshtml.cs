using RobotPlan.SavedSearches;

namespace RobotPlan.Web.Pages.SavedSearches;

/// <summary>
/// The links in the mails: /saved-searches/confirm?token=… and /saved-searches/unsubscribe?token=…. Both act on GET —
/// one click, as the issue asks — which is safe because each is idempotent and only ever narrows what is sent.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitSetup.PublicSearch)]
public sealed class TokenModel(ISavedSearchAppService savedSearches) : PageModel
{
    [BindProperty(SupportsGet = true), StringLength(64)] public string? Token { get; set; }
    [BindProperty(SupportsGet = true)] public string Mode { get; set; } = "";

    public SavedSearchDto? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Mode is not ("confirm" or "unsubscribe")) return NotFound();
        if (string.IsNullOrWhiteSpace(Token) || !ModelState.IsValid) return Page();
        try
        {
            Result = Mode == "confirm" ? await savedSearches.ConfirmAsync(Token, ct) : await savedSearches.UnsubscribeAsync(Token, ct);
        }
        catch (EntityNotFoundException)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }
}
