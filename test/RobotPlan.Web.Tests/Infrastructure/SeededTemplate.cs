namespace RobotPlan.Web.Tests.Infrastructure;

/// <summary>
/// One database migrated and seeded with the demo data per test run, copied for each web host: migrating and seeding
/// again for each of the ~60 test classes cost 1.5–2 s a class on SQLite and 3–4 s on PostgreSQL, most of a lane's
/// overhead. A copy starts with no migration pending, so its host does not seed again and every class still gets the
/// same fresh demo data it would have seeded itself, in a database (and file store) of its own.
/// </summary>
internal static class SeededTemplate
{
    private static readonly Lazy<Task<(TestDatabase Database, string DataFolder)>> Template = new(BuildAsync);

    /// <summary>A copy of the template's database, and its stored files copied into <paramref name="dataFolder"/>.</summary>
    public static async Task<TestDatabase> CopyAsync(string dataFolder)
    {
        var (database, templateFolder) = await Template.Value;
        CopyFolder(templateFolder, dataFolder);
        return await database.CopyAsync();
    }

    private static async Task<(TestDatabase, string)> BuildAsync()
    {
        var factory = new TemplateFactory();
        await factory.InitializeAsync();
        var template = await factory.StopAndKeepDatabaseAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            template.Database.DisposeAsync().AsTask().GetAwaiter().GetResult();
            if (Directory.Exists(template.DataFolder)) Directory.Delete(template.DataFolder, recursive: true);
        };
        return template;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The plain demo host, seeding its own database: the one every copy starts from.</summary>
    private sealed class TemplateFactory : RobotPlanWebFactory
    {
        protected override bool StartsFromSeededTemplate => false;
    }
}
