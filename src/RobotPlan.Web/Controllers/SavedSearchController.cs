using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RobotPlan.SavedSearches;
using RobotPlan.Web.Hosting;

namespace RobotPlan.Web.Controllers;

/// <summary>
/// Buyers' saved searches, anonymous and rate limited like the search (saving one sends a mail). Confirm and unsubscribe
/// take the token from the query, so a mail client's RFC 8058 one-click POST to the link works as it is.
/// </summary>
[Route("api/public/saved-searches")]
[AllowAnonymous]
[EnableRateLimiting(RateLimitSetup.PublicSearch)]
public sealed class SavedSearchController(ISavedSearchAppService savedSearches) : RobotPlanControllerBase
{
    [HttpPost]
    public Task<SavedSearchDto> CreateAsync(CreateSavedSearchDto input, CancellationToken ct) => savedSearches.CreateAsync(input, ct);

    [HttpPost("confirm")]
    public Task<SavedSearchDto> ConfirmAsync([FromQuery, Required, StringLength(64, MinimumLength = 16)] string token, CancellationToken ct) =>
        savedSearches.ConfirmAsync(token, ct);

    [HttpPost("unsubscribe")]
    public Task<SavedSearchDto> UnsubscribeAsync([FromQuery, Required, StringLength(64, MinimumLength = 16)] string token, CancellationToken ct) =>
        savedSearches.UnsubscribeAsync(token, ct);
}
