namespace RobotPlan.Web.Hosting;

/// <summary>S-C: a strict CSP (everything is served from this site), no framing, no MIME sniffing.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    // Scalar's API reference needs inline scripts/styles; everything else is same-origin only.
    private const string Csp = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
                               "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
    private const string RelaxedCsp = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
                                      "script-src 'self' 'unsafe-inline'; font-src 'self' data:; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        var relaxed = context.Request.Path.StartsWithSegments("/scalar") || context.Request.Path.StartsWithSegments("/hangfire");
        headers.ContentSecurityPolicy = relaxed ? RelaxedCsp : Csp;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        return next(context);
    }
}
