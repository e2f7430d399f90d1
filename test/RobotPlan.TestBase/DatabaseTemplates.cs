using System.Collections.Concurrent;

namespace RobotPlan;

/// <summary>
/// Databases migrated and seeded once per test run and per kind of seeding, copied for each test class's host.
/// Migrating and seeding the demo data again for every class cost 1.5–2 s a class on SQLite and 3–4 s on PostgreSQL —
/// most of a lane's time. A copy starts with no migration pending and the same rows and stored files its class would
/// have seeded itself, in a database and a file folder of its own.
/// </summary>
public static class DatabaseTemplates
{
    private static readonly ConcurrentDictionary<object, Lazy<Task<(TestDatabase Database, string FilesFolder)>>> Templates = new();

    /// <summary>
    /// A copy of the template for <paramref name="key"/> (built by <paramref name="build"/> the first time the key is
    /// asked for: a seeded database and the folder of the files it stored), its files copied into
    /// <paramref name="filesFolder"/>.
    /// </summary>
    public static async Task<TestDatabase> CopyAsync(object key, Func<Task<(TestDatabase, string)>> build, string filesFolder)
    {
        var (database, templateFiles) = await Templates.GetOrAdd(key, _ => new(() => SealAsync(build))).Value;
        CopyFolder(templateFiles, filesFolder);
        return await database.CopyAsync();
    }

    private static async Task<(TestDatabase, string)> SealAsync(Func<Task<(TestDatabase, string)>> build)
    {
        var (database, filesFolder) = await build();
        await database.CloseForCopyingAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            database.DisposeAsync().AsTask().GetAwaiter().GetResult();
            if (Directory.Exists(filesFolder)) Directory.Delete(filesFolder, recursive: true);
        };
        return (database, filesFolder);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from)) return;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
