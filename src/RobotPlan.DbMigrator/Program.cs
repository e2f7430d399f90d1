using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RobotPlan;
using RobotPlan.Data;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.Identity;
using RobotPlan.Localization;
using RobotPlan.SeedWork;

// RobotPlan.DbMigrator — the production path: applies migrations and seeds reference data, roles and (optionally)
// the first administrator, on SQLite or PostgreSQL, as configured:
//   Database__Provider=PostgreSql ConnectionStrings__Default="Host=...;Database=robotplan;Username=...;Password=..." \
//   InitialAdmin__UserName=admin InitialAdmin__Password=... dotnet run --project src/RobotPlan.DbMigrator
// Add --demo to seed the demo users and enterprises (never in production).
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .AddCommandLine(args.Where(a => a is not ("--demo" or "verify-history")).ToArray())
    .Build();

var services = new ServiceCollection();
services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information)
    .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning));
services.AddSingleton<IConfiguration>(configuration);
services.AddRobotPlanApplication();
services.AddRobotPlanLocalization();
var dataFolder = Path.GetFullPath(configuration["RobotPlan:DataFolder"] is { Length: > 0 } folder ? folder : Path.Combine(Directory.GetCurrentDirectory(), "App_Data"));
services.AddRobotPlanEntityFrameworkCore(configuration, Path.Combine(dataFolder, "robotplan.db"));
// --demo stores sample files (test reports, invoices): where the Web host looks for them, {RobotPlan:DataFolder}/files
// unless Files:RootPath says otherwise. Unset, the seeding crashed on an empty path.
services.AddOptions<RobotPlan.Files.FileStorageOptions>().Bind(configuration.GetSection(RobotPlan.Files.FileStorageOptions.SectionName))
    .PostConfigure(o => o.RootPath = string.IsNullOrWhiteSpace(o.RootPath) ? Path.Combine(dataFolder, "files") : o.RootPath);
services.AddScoped<ICurrentUser, NobodyCurrentUser>();
services.AddOptions<InitialAdminOptions>().Bind(configuration.GetSection(InitialAdminOptions.SectionName));
services.AddIdentityCore<AppUser>(RobotPlanIdentityOptions.Configure)
    .AddRoles<AppRole>()
    .AddRobotPlanPasswordRules()
    .AddEntityFrameworkStores<RobotPlanDbContext>();

await using var provider = services.BuildServiceProvider();
await using var scope = provider.CreateAsyncScope();
var database = scope.ServiceProvider.GetRequiredService<RobotPlanDatabase>();
if (database.Provider == DatabaseProvider.Sqlite)
    Directory.CreateDirectory(Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource)!);
var logger = scope.ServiceProvider.GetRequiredService<ILogger<Program>>();
// `verify-history`: recompute the tamper-evident histories and report each table's first broken link (exit code 2 when broken).
if (args.Contains("verify-history"))
{
    var report = await RobotPlan.HistoryChains.HistoryChainAppService.RunAsync(
        scope.ServiceProvider.GetRequiredService<RobotPlan.HistoryChains.IHistoryChainVerifier>(), TimeProvider.System, CancellationToken.None);
    foreach (var chain in report.Chains)
        logger.LogInformation("{Chain}: {Rows} rows in {Streams} streams — {Outcome}", chain.Chain, chain.Rows, chain.Streams,
            chain.Intact ? "intact" : $"BROKEN at stream {chain.Stream}, sequence {chain.Sequence}, row {chain.RowId}: {chain.Problem}");
    return report.Intact ? 0 : 2;
}
logger.LogInformation("Migrating and seeding the {Provider} database", database.Provider);
await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>()
    .MigrateAndSeedAsync(new DataSeedContext(IncludeDemoData: args.Contains("--demo")));
if (database.Provider == DatabaseProvider.PostgreSql)
{
    // Hangfire's queue tables (schema "hangfire", as HangfireSetup.PostgreSqlStorageOptions). Nodes started with
    // RobotPlan:MigrateOnStart=false leave them alone: two nodes installing at once raced on CREATE SCHEMA (multinode.sh).
    await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
    await connection.OpenAsync();
    Hangfire.PostgreSql.PostgreSqlObjectsInstaller.Install(connection, "hangfire");
    logger.LogInformation("Hangfire schema \"hangfire\" installed or up to date");
}
logger.LogInformation("Done");
return 0;

/// <summary>The migrator acts as nobody: audit fields record no user.</summary>
internal sealed class NobodyCurrentUser : ICurrentUser
{
    public bool IsAuthenticated => false;
    public Guid? Id => null;
    public string? UserName => null;
    public IReadOnlyList<string> Roles => [];
    public Guid? EnterpriseId => null;
    public Guid? JurisdictionId => null;
    public Guid? TestingBodyId => null;
    public bool HasPermission(string permission) => false;
    public bool IsInRole(string role) => false;
}
