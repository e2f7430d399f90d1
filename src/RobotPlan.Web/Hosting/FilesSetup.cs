namespace RobotPlan.Web.Hosting;

internal static class FilesSetup
{
    public static IServiceCollection AddRobotPlanFiles(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        services.AddOptions<FileStorageOptions>()
            .Bind(configuration.GetSection(FileStorageOptions.SectionName))
            .PostConfigure(o => o.RootPath = string.IsNullOrWhiteSpace(o.RootPath) ? Path.Combine(dataFolder, "files") : o.RootPath)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
