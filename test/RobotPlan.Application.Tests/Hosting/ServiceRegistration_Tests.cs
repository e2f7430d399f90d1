using Microsoft.Extensions.DependencyInjection;
using RobotPlan.PublicNotices;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.Hosting;

/// <summary>
/// The registration convention: handlers, notice-subject handlers and seed contributors are resolved as lists, so a class
/// registered both by the convention and by hand would run twice (a second notification, a second seed pass).
/// </summary>
public sealed class ServiceRegistration_Tests : RobotPlanTestHost
{
    private IServiceCollection ServiceDescriptors { get; set; } = null!;

    protected override void ConfigureServices(IServiceCollection services) => ServiceDescriptors = services;

    [Fact]
    public void Should_Resolve_Each_Handler_And_Seed_Contributor_Once_When_Registered_By_Convention()
    {
        var listServices = ServiceDescriptors
            .Select(d => d.ServiceType)
            .Where(t => t == typeof(IDataSeedContributor) || t == typeof(INoticeSubjectHandler)
                        || (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>)))
            .Distinct().ToList();
        listServices.ShouldContain(typeof(IDataSeedContributor));

        using var scope = Services.CreateScope();
        foreach (var service in listServices)
        {
            var implementations = scope.ServiceProvider.GetServices(service).Select(s => s!.GetType()).ToList();
            implementations.ShouldBeUnique($"{service.Name}: {string.Join(", ", implementations.Select(t => t.Name))}");
        }
    }

    [Fact]
    public void Should_Register_Every_App_Service_Interface_When_The_Application_Is_Added()
    {
        var appServices = typeof(RobotPlan.Dtos.PagedResultDto<>).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && t.Name.StartsWith('I') && t.Name.EndsWith("AppService", StringComparison.Ordinal)).ToList();
        appServices.Count.ShouldBeGreaterThan(20);

        // Registered, not resolved: some (reconciliation) need the treasury client, which the Web host adds.
        appServices.ShouldAllBe(service => ServiceDescriptors.Any(d => d.ServiceType == service));
    }
}
