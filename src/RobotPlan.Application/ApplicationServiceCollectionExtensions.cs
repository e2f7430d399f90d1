using RobotPlan.Documents;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RobotPlan.Accounts;
using RobotPlan.AuditLogging;
using RobotPlan.Credit;
using RobotPlan.Data;
using RobotPlan.ExpertPanels;
using RobotPlan.Experts;
using RobotPlan.Payouts;
using RobotPlan.Users;

namespace RobotPlan;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>The domain layer, then this layer's services, jobs and handlers (by convention), and the rest by hand.</summary>
    public static IServiceCollection AddRobotPlanApplication(this IServiceCollection services)
    {
        services.AddRobotPlanDomain();
        services.AddRobotPlanConventions(typeof(ApplicationServiceCollectionExtensions).Assembly);

        services.AddScoped<DataScope>();
        services.AddScoped<RobotPlan.Reviews.ReviewTaskLookup>();
        services.AddScoped<CatalogFileAccess>();
        services.AddScoped<RobotPlan.Accounts.EnterpriseUserFactory>();
        services.AddScoped<SubsidyClaimAccess>();
        services.AddScoped<ClaimDraftSources>();
        services.AddScoped<SubsidyClaimDtoAssembler>();
        services.AddScoped<CreditImporter>();
        services.AddScoped<RobotPlan.Units.UnitTracer>();
        services.AddScoped<IEmailSender, MailKitEmailSender>();

        services.AddMemoryCache();
        services.AddSingleton<ReferenceNamesCache>();
        services.AddSingleton<ListingExcelWriter>();
        services.AddSingleton<RobotPlan.Dashboard.DashboardExcelWriter>();
        services.AddSingleton<EmailComposer>();

        services.AddOptions<CatalogListingOptions>();
        services.AddOptions<EmailOptions>();
        services.AddRobotPlanPayouts();
        services.AddRobotPlanDocuments();
        return services;
    }
}
