using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.AuditLogging;
using RobotPlan.Calendar;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.EntityFrameworkCore.CatalogApplications;
using RobotPlan.CatalogListings;
using RobotPlan.EntityFrameworkCore.Interceptors;
using RobotPlan.EntityFrameworkCore.Repositories;
using RobotPlan.Enterprises;
using RobotPlan.ExpertPanels;
using RobotPlan.Experts;
using RobotPlan.Files;
using RobotPlan.Identity;
using RobotPlan.EntityFrameworkCore.ListingSearch;
using RobotPlan.ListingSearch;
using RobotPlan.Notifications;
using RobotPlan.Products;
using RobotPlan.PublicNotices;
using RobotPlan.ReferenceData;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyPrograms;
using RobotPlan.TestReports;

namespace RobotPlan.EntityFrameworkCore;

public static class EntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>
    /// The DbContext for the configured provider (Database:Provider, ConnectionStrings:Default), its
    /// interceptors and the repositories. <paramref name="defaultSqlitePath"/> is used when no connection string is set.
    /// </summary>
    public static IServiceCollection AddRobotPlanEntityFrameworkCore(this IServiceCollection services,
        IConfiguration configuration, string defaultSqlitePath)
    {
        var provider = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        var connectionString = configuration.GetConnectionString("Default");
        services.AddSingleton(new RobotPlanDatabase(provider, connectionString is { Length: > 0 }
            ? connectionString
            : RobotPlanDatabase.SqliteConnectionString(defaultSqlitePath)));

        services.AddScoped<AuditingInterceptor>();
        services.AddScoped<DomainEventDispatchInterceptor>();
        services.AddScoped<EntityChangeCollector>();
        services.AddSingleton<RobotPlan.EntityFrameworkCore.HistoryChains.HashChainInterceptor>();
        services.TryAddSingleton<ReferenceDataVersion>();
        services.AddSingleton<ReferenceDataChangeInterceptor>();
        services.AddScoped<RobotPlan.HistoryChains.IHistoryChainVerifier, RobotPlan.EntityFrameworkCore.HistoryChains.HistoryChainVerifier>();
        if (provider == DatabaseProvider.PostgreSql)
        {
            services.AddDbContext<PostgreSqlRobotPlanDbContext>(Configure);
            services.AddScoped<RobotPlanDbContext>(sp => sp.GetRequiredService<PostgreSqlRobotPlanDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteRobotPlanDbContext>(Configure);
            services.AddScoped<RobotPlanDbContext>(sp => sp.GetRequiredService<SqliteRobotPlanDbContext>());
        }

        services.AddScoped<IEnterpriseRepository, EnterpriseRepository>();
        services.AddScoped<IUsccDisputeRepository, UsccDisputeRepository>();
        services.AddScoped<IProductRepository, ProductRepository>();
        services.AddScoped<ITestReportRepository, TestReportRepository>();
        services.AddScoped<IReferenceDataRepository, ReferenceDataRepository>();
        services.AddScoped<ICalendarRepository, CalendarRepository>();
        services.AddScoped<IStoredFileRepository, StoredFileRepository>();
        services.AddScoped<IAppUserRepository, AppUserRepository>();
        services.AddScoped<IAuditLogRepository, AuditLogRepository>();
        services.AddScoped<ISubsidyProgramRepository, SubsidyProgramRepository>();
        services.AddScoped<RobotPlan.SubsidyAwards.IAwardRepository, AwardRepository>();
        services.AddScoped<RobotPlan.FirstUnitInsurance.IInsurancePolicyRepository, InsurancePolicyRepository>();
        services.AddScoped<IBudgetLedger, RobotPlan.EntityFrameworkCore.SubsidyPrograms.BudgetLedger>();
        services.AddScoped<ICatalogBatchRepository, CatalogBatchRepository>();
        services.AddScoped<ICatalogApplicationRepository, CatalogApplicationRepository>();
        services.AddScoped<ICatalogListingLookup, CatalogListingLookup>();
        services.AddScoped<RobotPlan.Credit.ICreditStanding, RobotPlan.EntityFrameworkCore.Credit.CreditStanding>();
        services.AddScoped<IEnterpriseCreditLookup>(sp => sp.GetRequiredService<RobotPlan.Credit.ICreditStanding>());
        services.AddScoped<RobotPlan.Credit.ICreditRecordRepository, RobotPlan.EntityFrameworkCore.Credit.CreditRecordRepository>();
        services.AddScoped<RobotPlan.Credit.ICreditEffectQueries, RobotPlan.EntityFrameworkCore.Credit.CreditEffectQueries>();
        services.AddScoped<RobotPlan.EntityFrameworkCore.Units.ProductUnitRepository>();
        services.AddScoped<RobotPlan.Units.IProductUnitRepository>(sp => sp.GetRequiredService<RobotPlan.EntityFrameworkCore.Units.ProductUnitRepository>());
        services.AddScoped<RobotPlan.Units.IUnitTraceQueries>(sp => sp.GetRequiredService<RobotPlan.EntityFrameworkCore.Units.ProductUnitRepository>());
        services.AddScoped<ICatalogListingRepository, CatalogListingRepository>();
        services.AddScoped<IListingSearchRepository, ListingSearchRepository>();
        // ADR 0006 cache lifetime; "ListingSearch:CacheSeconds" = 0 turns it off (the load benchmark's uncached run).
        var cacheLifetime = configuration.GetValue<int?>("ListingSearch:CacheSeconds") is { } seconds
            ? TimeSpan.FromSeconds(Math.Max(0, seconds)) : ListingSearchCache.DefaultLifetime;
        services.TryAddSingleton(sp => new ListingSearchCache(sp.GetService<TimeProvider>() ?? TimeProvider.System, cacheLifetime));
        services.AddScoped<INotificationRepository, NotificationRepository>();
        services.AddScoped<IOutboxEmailRepository, OutboxEmailRepository>();
        services.AddScoped<INotificationRecipients, NotificationRecipients>();
        services.AddScoped<RobotPlan.SavedSearches.ISavedSearchRepository, SavedSearchRepository>();
        services.AddScoped<RobotPlan.Announcements.IAnnouncementRepository, AnnouncementRepository>();
        services.AddScoped<RobotPlan.Dashboard.IDashboardQueries, DashboardQueries>();
        services.AddScoped<IExpertProfileRepository, ExpertProfileRepository>();
        services.AddScoped<IExpertPanelRepository, ExpertPanelRepository>();
        services.AddScoped<IPublicNoticeRepository, PublicNoticeRepository>();
        services.AddScoped<IPublicNoticeQueries, PublicNoticeQueries>();
        services.AddScoped<RobotPlan.Payouts.IPayoutBatchRepository, RobotPlan.EntityFrameworkCore.Payouts.PayoutBatchRepository>();
        services.AddScoped<RobotPlan.Payouts.IPaymentRepository, RobotPlan.EntityFrameworkCore.Payouts.PaymentRepository>();
        services.AddScoped<RobotPlan.Payouts.IReconciliationRepository, RobotPlan.EntityFrameworkCore.Payouts.ReconciliationRepository>();
        services.AddScoped<RobotPlan.Payouts.IPayeeHoldCheck, RobotPlan.EntityFrameworkCore.Payouts.PayeeHoldCheck>();
        services.AddScoped<RobotPlan.SubsidyClaims.ISubsidyClaimRepository, SubsidyClaims.SubsidyClaimRepository>();
        services.AddScoped<RobotPlan.Units.IUnitClaimSource, SubsidyClaims.SubsidyClaimUnitSource>();
        services.AddScoped<RobotPlan.SubsidyClaims.IClaimFactsQueries, SubsidyClaims.ClaimFactsQueries>();
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<DatabaseMigrator>();
        return services;
    }

    private static void Configure(IServiceProvider sp, DbContextOptionsBuilder options)
    {
        sp.GetRequiredService<RobotPlanDatabase>().Configure(options);
        // Order matters: handlers' changes are audited; the collector sees the final state.
        options.AddInterceptors(
            sp.GetRequiredService<DomainEventDispatchInterceptor>(),
            sp.GetRequiredService<AuditingInterceptor>(),
            sp.GetRequiredService<RobotPlan.EntityFrameworkCore.HistoryChains.HashChainInterceptor>(),
            sp.GetRequiredService<EntityChangeCollector>(),
            sp.GetRequiredService<ReferenceDataChangeInterceptor>());
    }
}
