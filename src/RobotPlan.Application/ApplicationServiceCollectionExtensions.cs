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
    /// <summary>Domain managers, application services, seed contributors and job executors.</summary>
    public static IServiceCollection AddRobotPlanApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<DataScope>();

        services.AddScoped<EnterpriseManager>();
        services.AddScoped<UsccDisputeManager>();
        services.AddScoped<RobotPlan.Accounts.EnterpriseUserFactory>();
        services.AddScoped<IEnterpriseVerificationAppService, EnterpriseVerificationAppService>();
        services.AddScoped<IUsccDisputeAppService, UsccDisputeAppService>();
        services.AddScoped<ProductManager>();
        services.AddScoped<TestReportManager>();
        services.AddScoped<ReferenceDataManager>();
        services.AddScoped<CalendarManager>();
        services.AddScoped<UserBindingManager>();
        services.AddScoped<ExpertProfileManager>();
        services.AddScoped<ExpertPanelManager>();
        services.AddScoped<PublicNoticeManager>();
        services.AddScoped<CatalogEligibilityChecker>();
        services.AddScoped<CatalogApplicationManager>();
        services.AddScoped<CatalogTaskList>();
        services.AddScoped<RobotPlan.Reviews.ReviewTaskLookup>();

        services.AddScoped<IAccountAppService, AccountAppService>();
        services.AddScoped<IEnterpriseAppService, EnterpriseAppService>();
        services.AddScoped<IProductAppService, ProductAppService>();
        services.AddScoped<ITestReportAppService, TestReportAppService>();
        services.AddScoped<IReferenceDataAppService, ReferenceDataAppService>();
        services.AddScoped<ICalendarAppService, CalendarAppService>();
        services.AddScoped<IUserAppService, UserAppService>();
        services.AddScoped<IAuditLogAppService, AuditLogAppService>();
        services.AddScoped<IExpertAppService, ExpertAppService>();
        services.AddScoped<IExpertPanelAppService, ExpertPanelAppService>();
        services.AddScoped<IPublicNoticeAppService, PublicNoticeAppService>();
        services.AddScoped<ICatalogBatchAppService, CatalogBatchAppService>();
        services.AddScoped<ICatalogApplicationAppService, CatalogApplicationAppService>();

        services.AddScoped<SubsidyProgramManager>();
        services.AddScoped<ISubsidyProgramAppService, SubsidyProgramAppService>();
        services.AddScoped<RobotPlan.FirstUnitInsurance.IInsurancePolicyAppService, RobotPlan.FirstUnitInsurance.InsurancePolicyAppService>();

        services.AddScoped<CatalogListingManager>();
        services.AddScoped<ICatalogListingAppService, CatalogListingAppService>();
        services.AddScoped<IListingSearchAppService, ListingSearchAppService>();
        services.AddScoped<INotificationAppService, NotificationAppService>();
        services.AddScoped<IDomainEventHandler<CatalogListingStatusChanged>, ListingSearchIndexer>();
        services.AddSingleton<ListingExcelWriter>();
        services.TryAddSingleton<ReferenceDataVersion>();
        services.AddSingleton<ReferenceNamesCache>();
        services.AddScoped<ExpireCatalogListingsJob>();
        services.AddScoped<ListNoticeEndedApplicationsJob>();
        services.AddScoped<WarnExpiringListingsJob>();
        services.AddOptions<CatalogListingOptions>();

        services.AddScoped<FileStore>();
        services.AddScoped<ExpireTestReportsJob>();
        services.AddScoped<OpenAndCloseCatalogBatchesJob>();

        services.AddRobotPlanPayouts();
        services.AddRobotPlanNotifications();
        services.AddCreditServices();

        services.AddScoped<IDataSeedContributor, ReferenceDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, IdentitySeedContributor>();
        services.AddScoped<IDataSeedContributor, InitialAdminSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoProductsSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoExpertsSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoCatalogSeedContributor>();
        services.AddSubsidyClaims();
        return services;
    }
}
