using Microsoft.Extensions.DependencyInjection;
using RobotPlan.PublicNotices;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyAwards;

namespace RobotPlan.SubsidyClaims;

public static class SubsidyClaimsServiceCollectionExtensions
{
    /// <summary>Claims' checker, manager, app service and its helpers, the award's app service, approval job and the handlers of the award's events.</summary>
    public static IServiceCollection AddSubsidyClaims(this IServiceCollection services)
    {
        services.AddScoped<SubsidyClaimChecker>();
        services.AddScoped<SubsidyClaimManager>();
        services.AddScoped<ClaimTaskList>();
        services.AddScoped<SubsidyClaimAccess>();
        services.AddScoped<ClaimDraftSources>();
        services.AddScoped<SubsidyClaimDtoAssembler>();
        services.AddScoped<IAwardAppService, AwardAppService>();
        services.AddScoped<ISubsidyClaimAppService, SubsidyClaimAppService>();
        services.AddScoped<ApproveNoticeEndedClaimsJob>();
        services.AddScoped<IDomainEventHandler<AwardPaid>, ClaimAwardEventHandler>();
        services.AddScoped<IDomainEventHandler<FraudFindingRecorded>, ClaimAwardEventHandler>();
        services.AddScoped<IDomainEventHandler<AwardClawedBack>, ClaimAwardEventHandler>();
        services.AddScoped<INoticeSubjectHandler, ClaimNoticeSubjectHandler>();
        services.AddScoped<INoticeSubjectHandler, CatalogApplications.CatalogNoticeSubjectHandler>();
        // After the demo catalog (Order 130): claims need its listings.
        services.AddScoped<IDataSeedContributor, Data.DemoClaimsSeedContributor>();
        return services;
    }
}
