using Hangfire.PostgreSql;
using RobotPlan.BackgroundJobs;

namespace RobotPlan.Web.Hosting;

/// <summary>
/// Hangfire storage follows the database (ADR 0004): in-memory for the embedded single node, PostgreSQL
/// for several nodes. Business state never lives in Hangfire: jobs only trigger re-runnable work.
/// </summary>
public static class HangfireSetup
{
    public static IServiceCollection AddRobotPlanHangfire(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var database = new RobotPlanDatabase(
            configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite,
            configuration.GetConnectionString("Default") ?? "");
        services.AddHangfire((sp, config) =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.PostgreSql)
                config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString), PostgreSqlStorageOptions(configuration));
            else
                config.UseInMemoryStorage();
        });
        if (configuration.GetValue("Hangfire:ServerEnabled", true))
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", 2);
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        return services;
    }

    /// <summary>
    /// The shared queue of several nodes. A job fetched by a node stays invisible to the others while that node's storage
    /// heartbeat slides it forward (every InvisibilityTimeout/5); when the node dies, the job becomes visible again after
    /// InvisibilityTimeout and another node runs it. With Hangfire.PostgreSql's default of 30 minutes a killed node's
    /// payout batch waited for the 5-minute sweep, and any other job it held for half an hour; it is 2 minutes here
    /// (etc/scripts/multinode.sh kills a node mid-batch).
    /// </summary>
    public static PostgreSqlStorageOptions PostgreSqlStorageOptions(IConfiguration configuration) => new()
    {
        SchemaName = "hangfire",
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = configuration.GetValue("Hangfire:InvisibilityTimeout", TimeSpan.FromMinutes(2)),
        // With several nodes the DbMigrator installs and upgrades the schema (RobotPlan:MigrateOnStart=false on every node):
        // nodes starting together raced on CREATE SCHEMA. A single node that migrates itself installs it too.
        PrepareSchemaIfNecessary = configuration.GetValue("RobotPlan:MigrateOnStart", true),
    };

    /// <summary>Every recurring job, in one place; ids are constants; times are Asia/Shanghai.</summary>
    public static void RegisterRecurringJobs(IRecurringJobManager jobs, RobotPlan.Payouts.PayoutOptions? payouts = null)
    {
        var options = new RecurringJobOptions { TimeZone = BusinessCalendarClock.TimeZone };
        jobs.AddOrUpdate<ExpireTestReportsJob>(RobotPlanJobIds.ExpireTestReports, j => j.RunAsync(CancellationToken.None),
            "10 0 * * *", options);
        jobs.AddOrUpdate<OpenAndCloseCatalogBatchesJob>(RobotPlanJobIds.OpenAndCloseCatalogBatches,
            j => j.RunAsync(CancellationToken.None), "*/5 * * * *", options);
        // A notice ends at 24:00 Asia/Shanghai; the run at 00:05 lists its files with that day's date.
        jobs.AddOrUpdate<ListNoticeEndedApplicationsJob>(RobotPlanJobIds.ListNoticeEndedApplications,
            j => j.RunAsync(CancellationToken.None), "5 0 * * *", options);
        // Claims whose notice ended at 24:00 are approved (award created) at 00:10.
        jobs.AddOrUpdate<RobotPlan.SubsidyClaims.ApproveNoticeEndedClaimsJob>(RobotPlanJobIds.ApproveNoticeEndedClaims,
            j => j.RunAsync(CancellationToken.None), "10 0 * * *", options);
        jobs.AddOrUpdate<ExpireCatalogListingsJob>(RobotPlanJobIds.ExpireCatalogListings, j => j.RunAsync(CancellationToken.None),
            "15 0 * * *", options);
        jobs.AddOrUpdate<WarnExpiringListingsJob>(RobotPlanJobIds.WarnExpiringListings, j => j.RunAsync(CancellationToken.None),
            "0 8 * * *", options);
        PayoutSetup.RegisterRecurringJobs(jobs, payouts ?? new RobotPlan.Payouts.PayoutOptions(), options);
        jobs.AddOrUpdate<RobotPlan.Notifications.Email.SendOutboxEmailsJob>(RobotPlanJobIds.SendOutboxEmails,
            j => j.RunAsync(CancellationToken.None), "* * * * *", options);
        // Early morning, so a reviewer sees "due today" at the start of the day and municipal reviewers the overdue files.
        jobs.AddOrUpdate<RobotPlan.Notifications.Catalog.ReviewDeadlineJob>(RobotPlanJobIds.ReviewDeadlines,
            j => j.RunAsync(CancellationToken.None), "30 7 * * *", options);
        // After the night's listing run (00:05), so the day's new listings go out the same morning.
        jobs.AddOrUpdate<RobotPlan.SavedSearches.SendSavedSearchMatchesJob>(RobotPlanJobIds.SavedSearchDigests,
            j => j.RunAsync(CancellationToken.None), "0 9 * * *", options);
        // Records start and end on Asia/Shanghai dates; hourly, so a record due today applies within the hour of midnight.
        jobs.AddOrUpdate<RobotPlan.Credit.ApplyCreditRecordDatesJob>(RobotPlanJobIds.ApplyCreditRecordDates,
            j => j.RunAsync(CancellationToken.None), "1 * * * *", options);
        jobs.AddOrUpdate<RobotPlan.Units.RegisterInsuredUnitsJob>(RobotPlanJobIds.RegisterInsuredUnits,
            j => j.RunAsync(CancellationToken.None), "*/15 * * * *", options);
    }
}
