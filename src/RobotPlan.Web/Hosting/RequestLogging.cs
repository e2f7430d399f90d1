using Serilog;
using Serilog.AspNetCore;
using Serilog.Events;

namespace RobotPlan.Web.Hosting;

/// <summary>
/// One line per request, safe to read: the path is written URL-encoded, so a <c>%0A</c> a client puts in it cannot start
/// a forged log line; rejected <c>429</c>s are counted by the rate-limiting meter on <c>/metrics</c>
/// (<c>aspnetcore_rate_limiting_requests</c>) and logged only at Debug, so a flood cannot fill the disk.
/// </summary>
internal static class RequestLogging
{
    public static void Configure(RequestLoggingOptions options)
    {
        options.EnrichDiagnosticContext = (diagnostics, context) => diagnostics.Set("UserName", context.User.Identity?.Name ?? "-");
        options.GetLevel = Level;
        options.GetMessageTemplateProperties = (context, _, elapsed, status) =>
        [
            new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
            new LogEventProperty("RequestPath", new ScalarValue(context.Request.Path.ToUriComponent())),
            new LogEventProperty("StatusCode", new ScalarValue(status)),
            new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
        ];
    }

    public static LogEventLevel Level(HttpContext context, double elapsedMs, Exception? exception) => context.Response.StatusCode switch
    {
        _ when exception is not null => LogEventLevel.Error,
        >= 500 => LogEventLevel.Error,
        StatusCodes.Status429TooManyRequests => LogEventLevel.Debug,
        _ => LogEventLevel.Information,
    };
}
