using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogApplications;
using RobotPlan.Notifications.Catalog;
using RobotPlan.Notifications.Email;
using RobotPlan.SeedWork;

namespace RobotPlan.Notifications;

/// <summary>Notifications, the e-mail outbox and the handlers that raise them, saved searches, announcements and the dashboard — one line in the shared registration.</summary>
public static class NotificationsServiceCollectionExtensions
{
    public static IServiceCollection AddRobotPlanNotifications(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>();
        services.AddSingleton<EmailComposer>();
        services.AddScoped<Notifier>();
        services.AddScoped<ReviewStepNotifier>();
        services.AddScoped<IEmailSender, MailKitEmailSender>();
        services.AddScoped<SendOutboxEmailsJob>();
        services.AddScoped<ReviewDeadlineJob>();
        services.AddScoped<IDomainEventHandler<CatalogApplicationStatusChanged>, CatalogApplicationNotifications>();
        services.AddScoped<IDomainEventHandler<RobotPlan.SubsidyClaims.SubsidyClaimStatusChanged>, Claims.SubsidyClaimNotifications>();
        services.AddScoped<Claims.PayoutNotifications>();
        services.AddScoped<IDomainEventHandler<RobotPlan.Payouts.PayoutItemHeld>>(sp => sp.GetRequiredService<Claims.PayoutNotifications>());
        services.AddScoped<IDomainEventHandler<RobotPlan.Payouts.PaymentHeld>>(sp => sp.GetRequiredService<Claims.PayoutNotifications>());
        services.AddScoped<IDomainEventHandler<RobotPlan.Payouts.PaymentNeedsAttention>>(sp => sp.GetRequiredService<Claims.PayoutNotifications>());
        services.AddScoped<RobotPlan.SavedSearches.ISavedSearchAppService, RobotPlan.SavedSearches.SavedSearchAppService>();
        services.AddScoped<RobotPlan.SavedSearches.SendSavedSearchMatchesJob>();
        services.AddScoped<RobotPlan.Announcements.IAnnouncementAppService, RobotPlan.Announcements.AnnouncementAppService>();
        services.AddSingleton<RobotPlan.Dashboard.DashboardExcelWriter>();
        services.AddScoped<RobotPlan.Dashboard.IDashboardAppService, RobotPlan.Dashboard.DashboardAppService>();
        return services;
    }
}
