using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RobotPlan.Accounts;
using RobotPlan.Authorization;
using RobotPlan.Data;
using RobotPlan.Enterprises;
using RobotPlan.Files;
using RobotPlan.Products;
using RobotPlan.SeedWork;
using RobotPlan.TestReports;

namespace RobotPlan;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>Domain managers, application services, seed contributors and job executors.</summary>
    public static IServiceCollection AddRobotPlanApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<DataScope>();

        services.AddScoped<EnterpriseManager>();
        services.AddScoped<ProductManager>();
        services.AddScoped<TestReportManager>();

        services.AddScoped<IAccountAppService, AccountAppService>();
        services.AddScoped<IEnterpriseAppService, EnterpriseAppService>();
        services.AddScoped<IProductAppService, ProductAppService>();
        services.AddScoped<ITestReportAppService, TestReportAppService>();

        services.AddScoped<FileStore>();
        services.AddScoped<ExpireTestReportsJob>();

        services.AddScoped<IDataSeedContributor, ReferenceDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, IdentitySeedContributor>();
        services.AddScoped<IDataSeedContributor, InitialAdminSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoProductsSeedContributor>();
        return services;
    }
}
