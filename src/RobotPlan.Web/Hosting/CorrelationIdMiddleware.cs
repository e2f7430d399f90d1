using Serilog.Context;

namespace RobotPlan.Web.Hosting;

/// <summary>Takes X-Correlation-Id from the caller (or makes one), echoes it, and puts it on every log line.</summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var id = context.Request.Headers[HeaderName].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64) id = context.TraceIdentifier;
        context.Items[HeaderName] = id;
        context.Response.Headers[HeaderName] = id;
        using (LogContext.PushProperty("CorrelationId", id))
            await next(context);
    }
}
