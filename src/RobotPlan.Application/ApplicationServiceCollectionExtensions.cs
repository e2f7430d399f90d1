using RobotPlan.Documents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RobotPlan.Accounts;
using RobotPlan.AuditLogging;
using RobotPlan.Authorization;
using RobotPlan.Calendar;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.CatalogListings;
using RobotPlan.Credit;
using RobotPlan.Data;
using RobotPlan.Enterprises;
using RobotPlan.ExpertPanels;
using RobotPlan.Experts;
using RobotPlan.Files;
using RobotPlan.Identity;
using RobotPlan.ListingSearch;
using RobotPlan.Notifications;
using RobotPlan.Notifications.Email;
using RobotPlan.Payouts;
using RobotPlan.Products;
using RobotPlan.PublicNotices;
using RobotPlan.ReferenceData;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyClaims;
using RobotPlan.SubsidyPrograms;
using RobotPlan.TestReports;
using RobotPlan.Users;

namespace RobotPlan;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>Domain services, application services, jobs, handlers and seed contributors (by convention), and the rest by hand.</summary>
    public static IServiceCollection AddRobotPlanApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        AddByConvention(services);

        services.AddScoped<DataScope>();
        services.AddScoped<FileStore>();
        services.AddScoped<RobotPlan.Reviews.ReviewTaskLookup>();
        services.AddScoped<CatalogFileAccess>();
        services.AddScoped<RobotPlan.Accounts.EnterpriseUserFactory>();
        services.AddScoped<SubsidyClaimAccess>();
        services.AddScoped<ClaimDraftSources>();
        services.AddScoped<SubsidyClaimDtoAssembler>();
        services.AddScoped<CreditImporter>();
        services.AddScoped<RobotPlan.Units.UnitTracer>();
        services.AddScoped<IEmailSender, MailKitEmailSender>();

        services.TryAddSingleton<ReferenceDataVersion>();
        services.AddMemoryCache();
        services.AddSingleton<ReferenceNamesCache>();
        services.AddSingleton<ListingExcelWriter>();
        services.AddSingleton<RobotPlan.Dashboard.DashboardExcelWriter>();
        services.AddSingleton<EmailComposer>();

        services.AddOptions<CatalogListingOptions>();
        services.AddOptions<CreditOptions>();
        services.AddOptions<EmailOptions>();
        services.AddRobotPlanPayouts();
        services.AddRobotPlanDocuments();
        return services;
    }

    /// <summary>
    /// Convention (Scrutor): in Domain and Application, every class named for its role — <c>*AppService</c> (as itself
    /// and its <c>I*AppService</c> interfaces), <c>*Manager</c>, <c>*Checker</c>, <c>*TaskList</c>, <c>*Notifier</c>,
    /// <c>*Job</c> — and every domain-event handler, notice-subject handler and seed contributor (as itself and each
    /// of those interfaces, one instance per scope) is scoped. Do not register them again by hand: handlers and seed
    /// contributors are resolved as lists, so a second registration would run twice (a test guards it).
    /// </summary>
    private static void AddByConvention(IServiceCollection services)
    {
        string[] roles = ["Manager", "Checker", "TaskList", "Notifier", "Job"];
        services.Scan(scan => scan.FromAssemblies(typeof(IDataSeedContributor).Assembly, typeof(ApplicationServiceCollectionExtensions).Assembly)
            .AddClasses(c => c.Where(t => t.Name.EndsWith("AppService", StringComparison.Ordinal)), publicOnly: false)
                .AsSelfWithInterfaces(i => i.Name.EndsWith("AppService", StringComparison.Ordinal)).WithScopedLifetime()
            .AddClasses(c => c.Where(t => roles.Any(role => t.Name.EndsWith(role, StringComparison.Ordinal))), publicOnly: false)
                .AsSelf().WithScopedLifetime()
            .AddClasses(c => c.AssignableToAny(typeof(IDomainEventHandler<>), typeof(INoticeSubjectHandler), typeof(IDataSeedContributor)), publicOnly: false)
                .AsSelfWithInterfaces(IsHandlerOrContributor).WithScopedLifetime());
    }

    private static bool IsHandlerOrContributor(Type service) =>
        service == typeof(INoticeSubjectHandler) || service == typeof(IDataSeedContributor)
        || (service.IsGenericType && service.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>));
}
