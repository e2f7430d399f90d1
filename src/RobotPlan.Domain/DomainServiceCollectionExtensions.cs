using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RobotPlan;

public static class DomainServiceCollectionExtensions
{
    /// <summary>
    /// The domain layer on its own (ABP's domain module): its services, handlers and seed contributors by convention,
    /// the file store and the clock. Enough for the DbMigrator to migrate and seed without the application layer.
    /// </summary>
    public static IServiceCollection AddRobotPlanDomain(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReferenceDataVersion>();
        services.TryAddScoped<FileStore>();
        services.AddOptions<CreditOptions>();
        return services.AddRobotPlanConventions(typeof(DomainServiceCollectionExtensions).Assembly);
    }

    /// <summary>
    /// The one registration convention (Scrutor), applied to each layer's own assembly: every class named for its role —
    /// <c>*AppService</c> (as itself and its <c>I*AppService</c> interfaces), <c>*Manager</c>, <c>*Checker</c>,
    /// <c>*TaskList</c>, <c>*Notifier</c>, <c>*Job</c> — and every domain-event handler, notice-subject handler and seed
    /// contributor (as itself and each of those interfaces, one instance per scope) is scoped. Do not register them
    /// again by hand, nor scan an assembly twice: handlers and seed contributors are resolved as lists, so a second
    /// registration would run twice (a test guards it).
    /// </summary>
    public static IServiceCollection AddRobotPlanConventions(this IServiceCollection services, Assembly assembly)
    {
        string[] roles = ["Manager", "Checker", "TaskList", "Notifier", "Job"];
        return services.Scan(scan => scan.FromAssemblies(assembly)
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
