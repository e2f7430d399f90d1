using System.Diagnostics;
using RobotPlan.AuditLogging;
using RobotPlan.EntityFrameworkCore.Interceptors;

namespace RobotPlan.Web.Hosting;

/// <summary>
/// Writes one audit log row per state-changing request (and per failed request, and per <see cref="AuditedReadAttribute"/> read), with the entity changes
/// it saved — through its own DbContext, so the row is written even when the request's work failed.
/// </summary>
public sealed class AuditLogMiddleware(
    RequestDelegate next, IServiceScopeFactory scopes, ErrorProblemFactory problems, ILogger<AuditLogMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var startTime = DateTime.UtcNow;
        Exception? failure = null;
        try
        {
            await next(context);
        }
        catch (Exception ex)
        {
            failure = ex;
            throw;
        }
        finally
        {
            if (ShouldAudit(context, failure)) await WriteAsync(context, started, startTime, failure);
        }
    }

    private static bool ShouldAudit(HttpContext context, Exception? failure) =>
        context.GetEndpoint()?.Metadata.GetMetadata<AuditedReadAttribute>() is not null
        || (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hangfire")
            ? !HttpMethods.IsGet(context.Request.Method) || failure is not null || context.Response.StatusCode >= 500
            : !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method));

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];

    private async Task WriteAsync(HttpContext context, long started, DateTime startTime, Exception? failure)
    {
        try
        {
            var changes = context.RequestServices.GetRequiredService<EntityChangeCollector>().Changes;
            var log = new AuditLog
            {
                ExecutionTime = startTime,
                DurationMs = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                UserId = Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
                UserName = context.User.Identity?.Name,
                ClientIp = context.Connection.RemoteIpAddress?.ToString(),
                HttpMethod = context.Request.Method,
                Url = Truncate((context.Request.Path + context.Request.QueryString).ToString(), 2048),
                // The exception handler runs outside this middleware: record the status it will answer (422, 404 ...), not 500.
                StatusCode = failure is null ? context.Response.StatusCode : problems.ToProblem(failure).Status ?? StatusCodes.Status500InternalServerError,
                CorrelationId = context.Items[CorrelationIdMiddleware.HeaderName] as string,
                Exception = failure?.GetType().FullName,
                EntityChanges = changes.ToList(),
            };
            // A fresh scope: the request's DbContext may hold the failed work.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLogRepository>().AppendAsync(log);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not write the audit log for {Method} {Path}", context.Request.Method, context.Request.Path);
        }
    }
}
