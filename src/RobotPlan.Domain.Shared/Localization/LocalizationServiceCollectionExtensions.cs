using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace RobotPlan.Localization;

public static class LocalizationServiceCollectionExtensions
{
    /// <summary>Registers the JSON text files behind IStringLocalizer / IStringLocalizer&lt;T&gt;.</summary>
    public static IServiceCollection AddRobotPlanLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.TryAddSingleton<JsonLocalizationStore>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, JsonStringLocalizerFactory>());
        return services;
    }
}
