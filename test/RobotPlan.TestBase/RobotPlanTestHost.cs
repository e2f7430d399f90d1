using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.Files;
using RobotPlan.Identity;
using RobotPlan.Localization;
using RobotPlan.SeedWork;
using RobotPlan.Timing;
using Xunit;

namespace RobotPlan;

/// <summary>
/// The application layer on a real, fresh database (one per test class via IClassFixture): migrated, seeded with
/// reference and demo data, a fake clock and a switchable current user. No web host.
/// </summary>
public class RobotPlanTestHost : IAsyncLifetime
{
    /// <summary>The fake clock starts at 2025-09-26 10:00 Asia/Shanghai (a Friday; R-15's example).</summary>
    public static readonly DateTimeOffset Start = new(2025, 9, 26, 2, 0, 0, TimeSpan.Zero);

    private TestDatabase _database = null!;

    public ServiceProvider Services { get; private set; } = null!;
    public FakeTimeProvider Clock { get; } = new(Start);
    public RobotPlanTestData Data { get; private set; } = null!;
    public DatabaseProvider Provider => _database.Database.Provider;
    public string FilesRoot { get; } = Path.Combine(Path.GetTempPath(), "robotplan-tests", "files-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        if (StartsFromSeededTemplate)
        {
            var context = SeedContext;
            _database = await DatabaseTemplates.CopyAsync(context, () => BuildTemplateAsync(context), FilesRoot);
            Services = BuildServices(_database, FilesRoot, Clock, ConfigureServices);
        }
        else
        {
            _database = await TestDatabase.CreateAsync();
            Services = BuildServices(_database, FilesRoot, Clock, ConfigureServices);
            await WithScopeAsync(sp => sp.GetRequiredService<DatabaseMigrator>().MigrateAndSeedAsync(SeedContext));
        }
        Data = await WithDbAsync(RobotPlanTestData.LoadAsync);
    }

    /// <summary>
    /// Whether this host starts from a copy of the run's database seeded with its <see cref="SeedContext"/> by a plain
    /// host (<see cref="DatabaseTemplates"/>). False for a host whose own services must see the seeding happen.
    /// </summary>
    protected virtual bool StartsFromSeededTemplate => true;

    private static async Task<(TestDatabase, string)> BuildTemplateAsync(DataSeedContext context)
    {
        var database = await TestDatabase.CreateAsync();
        var filesRoot = Path.Combine(Path.GetTempPath(), "robotplan-tests", "template-files-" + Guid.NewGuid().ToString("N"));
        await using var services = BuildServices(database, filesRoot, new FakeTimeProvider(Start), _ => { });
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAndSeedAsync(context);
        return (database, filesRoot);
    }

    private static ServiceProvider BuildServices(TestDatabase database, string filesRoot, TimeProvider clock,
        Action<IServiceCollection> configureServices)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(clock);
        services.AddRobotPlanApplication();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Database.Provider.ToString(),
            ["ConnectionStrings:Default"] = database.Database.ConnectionString,
        }).Build();
        services.AddRobotPlanEntityFrameworkCore(configuration, "unused.db");
        services.AddRobotPlanLocalization();
        services.Configure<FileStorageOptions>(o => o.RootPath = filesRoot);
        services.AddSingleton<TestCurrentUser>();
        services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        services.AddIdentityCore<AppUser>(RobotPlanIdentityOptions.Configure)
            .AddRoles<AppRole>()
            .AddRobotPlanPasswordRules()
            .AddEntityFrameworkStores<RobotPlanDbContext>()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>();
        // Hashing demo passwords at full strength would dominate the suite's time.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
        configureServices(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Reference and demo data; a fixture that tests what the demo shows may add the demo activity (listings, notices, awards).</summary>
    protected virtual DataSeedContext SeedContext => new(IncludeDemoData: true, IncludeDemoActivity: false);

    /// <summary>A test class's own fixture may add services (e.g. a domain event handler that records what it saw).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Acts as this demo user from now on (null: anonymous).</summary>
    public async Task LoginAsAsync(string? userName)
    {
        var current = Services.GetRequiredService<TestCurrentUser>();
        if (userName is null)
        {
            current.Current = null;
            return;
        }
        current.Current = await WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}");
            return await sp.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        });
    }

    /// <summary>One unit of work, like one request: a new scope and DbContext.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    /// <summary>Reads the database directly, without query filters' help or the app's rules.</summary>
    public Task<T> WithDbAsync<T>(Func<RobotPlanDbContext, Task<T>> query) =>
        WithScopeAsync(sp => query(sp.GetRequiredService<RobotPlanDbContext>()));

    public DateOnly Today => Clock.Today();

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(FilesRoot)) Directory.Delete(FilesRoot, recursive: true);
    }
}
