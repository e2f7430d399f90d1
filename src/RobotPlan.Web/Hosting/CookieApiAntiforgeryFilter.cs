using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.Filters;

namespace RobotPlan.Web.Hosting;

/// <summary>
/// A state-changing API call authenticated by the login cookie must carry the antiforgery token (as ABP does);
/// bearer-token and anonymous calls cannot be forged by another site's page, so they need none.
/// </summary>
internal sealed class CookieApiAntiforgeryFilter(IAntiforgery antiforgery) : IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)) return;
        if (!request.Cookies.ContainsKey("RobotPlan.Auth")) return;
        if (request.Headers.Authorization.FirstOrDefault()?.StartsWith("Bearer ", StringComparison.Ordinal) == true) return;
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
            context.Result = new Microsoft.AspNetCore.Mvc.BadRequestObjectResult(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Antiforgery token missing or invalid.",
                Extensions = { ["code"] = "RobotPlan:Antiforgery" },
            });
    }
}
