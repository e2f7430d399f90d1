using Microsoft.Extensions.DependencyInjection;

namespace RobotPlan.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>Issued documents (PDF + verification) and open data; options from the "Documents" section.</summary>
    public static IServiceCollection AddRobotPlanDocuments(this IServiceCollection services)
    {
        services.AddOptions<DocumentOptions>();
        services.AddSingleton<DocumentPdfWriter>();
        services.AddScoped<DocumentText>();
        services.AddScoped<DocumentIssuer>();
        services.AddScoped<PublicDocumentSource>();
        services.AddScoped<DocumentLiveStateReader>();
        return services;
    }
}
