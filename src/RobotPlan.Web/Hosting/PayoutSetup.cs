using Hangfire;
using RobotPlan.BackgroundJobs;
using RobotPlan.Payouts;
using RobotPlan.Permissions;
using RobotPlan.TreasurySandbox;

namespace RobotPlan.Web.Hosting;

/// <summary>
/// Payouts in the Web host: options ("Payouts", "Treasury"), the treasury client, Hangfire jobs, and — when
/// TreasurySandbox:InProcess is true (appsettings.Development.json) — the sandbox treasury mapped under
/// /treasury-sandbox in this same process, so "one command starts the app" and the demo can pay.
/// </summary>
public static class PayoutSetup
{
    public const string SandboxPath = "/treasury-sandbox";

    public static void AddRobotPlanPayouts(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PayoutOptions>(configuration.GetSection(PayoutOptions.SectionName));
        services.AddTreasuryGateway(configuration);
        services.AddSingleton<IPayoutJobScheduler, HangfirePayoutJobScheduler>();
        if (configuration.GetValue("TreasurySandbox:InProcess", false)) services.AddTreasurySandbox(configuration);
    }

    /// <summary>
    /// Only in Development and only when TreasurySandbox:InProcess is set (issue #14): the sandbox settles anything it is
    /// sent. Its payment routes stay anonymous (the treasury client calls them like the real gateway); the knobs that
    /// reset its records or inject faults need the operations permission even there.
    /// </summary>
    public static void MapInProcessTreasurySandbox(WebApplication app)
    {
        if (!app.Configuration.GetValue("TreasurySandbox:InProcess", false)) return;
        if (!app.Environment.IsDevelopment())
            throw new InvalidOperationException("TreasurySandbox:InProcess may be set in the Development environment only.");
        // No AllowAnonymous on the group: it would override the knobs' authorization (there is no fallback policy).
        app.MapTreasurySandbox(SandboxPath, admin => admin.RequireAuthorization(RobotPlanPermissions.Operations.TreasurySandbox))
            .DisableAntiforgery().ExcludeFromDescription(); // a stand-in for the treasury: not in the OpenAPI document
    }

    public static void RegisterRecurringJobs(IRecurringJobManager jobs, PayoutOptions payouts, RecurringJobOptions options)
    {
        // daily 02:00 Asia/Shanghai unless configured otherwise.
        jobs.AddOrUpdate<AssemblePayoutBatchJob>(RobotPlanJobIds.AssemblePayoutBatch, j => j.RunAsync(CancellationToken.None),
            payouts.AssembleCron, options);
        // The safety net: executes approved batches whose enqueued job was lost, crashed or is waiting for a retry.
        jobs.AddOrUpdate<SweepPayoutBatchesJob>(RobotPlanJobIds.SweepPayoutBatches, j => j.RunAsync(CancellationToken.None),
            "*/5 * * * *", options);
        jobs.AddOrUpdate<ReconcilePaymentsJob>(RobotPlanJobIds.ReconcilePayments, j => j.RunAsync(CancellationToken.None),
            payouts.ReconcileCron, options);
    }
}

/// <summary>Approval enqueues the batch's execution; the executor schedules its own next retry.</summary>
internal sealed class HangfirePayoutJobScheduler(IBackgroundJobClient jobs) : IPayoutJobScheduler
{
    public void EnqueueExecution(Guid batchId) => jobs.Enqueue<ExecutePayoutBatchJob>(j => j.RunAsync(batchId, CancellationToken.None));

    public void ScheduleExecution(Guid batchId, DateTime atUtc) =>
        jobs.Schedule<ExecutePayoutBatchJob>(j => j.RunAsync(batchId, CancellationToken.None), new DateTimeOffset(atUtc, TimeSpan.Zero));
}
