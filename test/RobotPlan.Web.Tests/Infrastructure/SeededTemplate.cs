namespace RobotPlan.Web.Tests.Infrastructure;

/// <summary>
/// The web hosts' <see cref="DatabaseTemplates"/> entry: one database migrated and seeded with the demo data by the
/// plain Development host, once per test run, and copied for each web host (with its stored files).
/// </summary>
internal static class SeededTemplate
{
    public static Task<TestDatabase> CopyAsync(string dataFolder) =>
        DatabaseTemplates.CopyAsync(typeof(SeededTemplate), BuildAsync, dataFolder);

    private static async Task<(TestDatabase, string)> BuildAsync()
    {
        var factory = new TemplateFactory();
        await factory.InitializeAsync();
        return await factory.StopAndKeepDatabaseAsync();
    }

    /// <summary>The plain demo host, seeding its own database: the one every copy starts from.</summary>
    private sealed class TemplateFactory : RobotPlanWebFactory
    {
        protected override bool StartsFromSeededTemplate => false;
    }
}
