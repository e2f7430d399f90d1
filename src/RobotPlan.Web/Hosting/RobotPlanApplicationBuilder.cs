using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;
using Serilog;

namespace RobotPlan.Web.Hosting;

/// <summary>The request pipeline and endpoints (ABP's OnApplicationInitialization).</summary>
public static class RobotPlanApplicationBuilder
{
    /// <summary>
    /// The embedded default migrates and seeds on its first start (and after an upgrade brings migrations);
    /// an unchanged database is not re-seeded, which keeps warm starts short (P-4). Demo data only in Development.
    /// The DbMigrator always seeds.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<RobotPlanHostOptions>>().Value;
        if (!options.MigrateOnStart) return;
        await using var scope = app.Services.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
        await migrator.MigrateAndSeedAsync(new DataSeedContext(IncludeDemoData: app.Environment.IsDevelopment() && options.SeedDemoData),
            seedOnlyAfterMigrating: true);
    }

    /// <summary>
    /// Issue #16: the first start migrates and seeds for a while; when the host listens, one line says where to go
    /// (and, with demo data, where the accounts are listed).
    /// </summary>
    private static void AnnounceWhenReady(WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses;
            if (addresses is null || addresses.Count == 0) return; // an in-memory test server
            var demo = app.Environment.IsDevelopment() ? " Demo accounts: README.md, section \"Demo accounts\"." : "";
            app.Logger.LogInformation("RobotPlan is ready: open {Urls}.{Demo}", string.Join(" ", addresses), demo);
        });

    /// <summary>Routes whose clients are programs: their errors stay ProblemDetails.</summary>
    private static bool IsApiPath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/health")
        || path.StartsWithSegments("/metrics") || path.StartsWithSegments("/hangfire") || path.StartsWithSegments("/scalar");

    public static WebApplication UseRobotPlan(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseSerilogRequestLogging(o =>
        {
            o.EnrichDiagnosticContext = (diagnostics, context) => diagnostics.Set("UserName", context.User.Identity?.Name ?? "-");
            // A refused 429 is counted (aspnetcore.rate_limiting.requests at /metrics), not logged one by one: a flood
            // would otherwise write a line per request (issue #14). Only a 5xx is an error; a 4xx is the client's.
            o.GetLevel = (context, _, error) => context.Response.StatusCode switch
            {
                StatusCodes.Status429TooManyRequests => Serilog.Events.LogEventLevel.Verbose,
                >= 500 => Serilog.Events.LogEventLevel.Error,
                _ when error is not null => Serilog.Events.LogEventLevel.Error,
                _ => Serilog.Events.LogEventLevel.Information,
            };
        });
        // Before the exception handler: the culture set inside a later middleware does not flow back out to it,
        // so error titles would always be zh-Hans.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Issue #16: for pages (not the API), an error status without a body shows Pages/ErrorPages/Status in the layout.
        app.UseWhen(context => !IsApiPath(context.Request.Path), pages => pages.UseStatusCodePagesWithReExecute("/errors/{0}"));
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<EnterpriseBindingMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<AuditLogMiddleware>();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(HealthSetup.ReadyTag) }).AllowAnonymous();
        app.MapRobotPlanMetrics();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/scalar").AllowAnonymous();
        app.MapControllers();
        app.MapRazorPages();
        PayoutSetup.MapInProcessTreasurySandbox(app);
        // Only administrators; anonymous visitors are sent to the login page by the cookie scheme.
        app.MapHangfireDashboardWithAuthorizationPolicy(RobotPlanPermissions.BackgroundJobs.Dashboard, "/hangfire",
            new DashboardOptions { Authorization = [], AppPath = "/", DisplayStorageConnectionString = false });

        AnnounceWhenReady(app);
        HangfireSetup.RegisterRecurringJobs(app.Services.GetRequiredService<IRecurringJobManager>(),
            app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RobotPlan.Payouts.PayoutOptions>>().Value);
        return app;
    }
}
