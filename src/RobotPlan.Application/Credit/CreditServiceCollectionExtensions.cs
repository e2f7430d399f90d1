using Microsoft.Extensions.DependencyInjection;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyAwards;

namespace RobotPlan.Credit;

/// <summary>Credit records, quality traceability and the history chain: registered here to keep the shared list short.</summary>
public static class CreditServiceCollectionExtensions
{
    public static IServiceCollection AddCreditServices(this IServiceCollection services)
    {
        services.AddOptions<CreditOptions>();
        services.AddScoped<CreditManager>();
        services.AddScoped<CreditEffects>();
        services.AddScoped<IDomainEventHandler<CreditRecordTookEffect>>(sp => sp.GetRequiredService<CreditEffects>());
        services.AddScoped<IDomainEventHandler<CreditRecordEnded>>(sp => sp.GetRequiredService<CreditEffects>());
        services.AddScoped<IDomainEventHandler<FraudFindingRecorded>, FraudFindingBlacklister>();
        services.AddScoped<ApplyCreditRecordDatesJob>();
        services.AddScoped<CreditImporter>();
        services.AddScoped<CreditRecordAppService>();
        services.AddScoped<ICreditRecordAppService>(sp => sp.GetRequiredService<CreditRecordAppService>());
        services.AddScoped<IPublicCreditAppService>(sp => sp.GetRequiredService<CreditRecordAppService>());

        services.AddScoped<RobotPlan.Units.UnitTracer>();
        services.AddScoped<RobotPlan.Units.IProductUnitAppService, RobotPlan.Units.ProductUnitAppService>();
        services.AddScoped<RobotPlan.Units.RegisterInsuredUnitsJob>();

        services.AddScoped<RobotPlan.HistoryChains.IHistoryChainAppService, RobotPlan.HistoryChains.HistoryChainAppService>();
        return services;
    }
}
