using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using RobotPlan.Api.Client.Models;
using RobotPlan.Data;
using RobotPlan.TreasurySandbox;

namespace RobotPlan.Api.Client.Tests;

/// <summary>
/// The real Web host (Development, demo data) on a database of its own on the lane's provider — a copy of one seeded once
/// per run (<see cref="DatabaseTemplates"/>: seeding each class's host again cost ~10 s, P-6) —, reached only through the
/// generated <see cref="RobotPlanApiClient"/>: every request of these tests is one the client builds from the contract.
/// What is no API — time passing (<see cref="Clock"/>), a recurring job's run (<see cref="RunJobAsync{TJob}"/>), the
/// treasury (a <see cref="SandboxServer"/> on loopback) — belongs to the host, as in the Web tests.
/// </summary>
public sealed class ApiClientHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private SandboxServer _treasury = null!;
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "robotplan-tests", "client-" + Guid.NewGuid().ToString("N"));
    private readonly bool _seedsItself;
    private bool _keepsDatabase;

    public ApiClientHost() : this(seedsItself: false) { }

    /// <param name="seedsItself">True for the template's host: migrates and seeds a fresh database, which outlives it.</param>
    private ApiClientHost(bool seedsItself) => _seedsItself = seedsItself;

    /// <summary>Starts at the real time and ticks 1 ms per reading, so records written one after another keep their order.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    public async Task InitializeAsync()
    {
        _database = _seedsItself ? await TestDatabase.CreateAsync() : await DatabaseTemplates.CopyAsync(typeof(ApiClientHost), SeedTemplateAsync, _dataFolder);
        _treasury = await SandboxServer.StartAsync(Clock); // its value dates follow the same clock
        _ = Services; // builds and starts the host: migrates and seeds
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", _database.Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", _database.Database.ConnectionString);
        builder.UseSetting("RobotPlan:DataFolder", _dataFolder);
        builder.UseSetting("Hangfire:ServerEnabled", "false");
        builder.UseSetting("RateLimits:LoginPerMinute", "100000");
        builder.UseSetting("TreasurySandbox:InProcess", "false");
        builder.UseSetting("Treasury:BaseAddress", _treasury.BaseAddress.ToString());
        builder.ConfigureServices(services =>
        {
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>An anonymous client.</summary>
    public RobotPlanApiClient Anonymous() => Client(new AnonymousAuthenticationProvider());

    /// <summary>A client signed in through the contract's token operation.</summary>
    /// <remarks>
    /// Reviewers, finance and administrators have a second factor (issue #14): the first call answers 401
    /// <c>RobotPlan:Account.TwoFactorRequired</c> with a challenge, which goes back with the code of the demo user's
    /// authenticator key, as the README shows an integrator.
    /// </remarks>
    public async Task<RobotPlanApiClient> SignInAsync(string userName, string password = DemoUsers.Password)
    {
        AccessTokenResponse? token;
        try
        {
            token = await Anonymous().Api.Account.Token.PostAsync(new LoginDto { UserName = userName, Password = password });
        }
        catch (ProblemDetails problem) when (problem.Code == "RobotPlan:Account.TwoFactorRequired"
                                             && DemoUsers.AuthenticatorKeys.TryGetValue(userName, out var key))
        {
            var challenge = problem.AdditionalData["challengeToken"] switch
            {
                Microsoft.Kiota.Abstractions.Serialization.UntypedString text => text.GetValue(),
                var other => other.ToString(),
            };
            token = await Anonymous().Api.Account.Token.TwoFactor.PostAsync(new TwoFactorTokenDto { ChallengeToken = challenge, Code = Totp.Code(key) });
        }
        return Client(new BaseBearerTokenAuthenticationProvider(new StaticToken(token!.AccessToken!)));
    }

    /// <summary>Runs a recurring job in its own scope, as Hangfire's worker does (the host runs no Hangfire server).</summary>
    public async Task RunJobAsync<TJob>(Func<TJob, Task> run) where TJob : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    private RobotPlanApiClient Client(IAuthenticationProvider authentication)
    {
        var http = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return new RobotPlanApiClient(new HttpClientRequestAdapter(authentication, httpClient: http) { BaseUrl = http.BaseAddress!.ToString().TrimEnd('/') });
    }

    /// <summary>The test server's host name is "localhost"; the token goes to it and nowhere else.</summary>
    private sealed class StaticToken(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new(["localhost"]);
        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? context = null, CancellationToken ct = default) => Task.FromResult(token);
    }

    /// <summary>The template: a host that seeds its own database, stopped, its database and stored files kept.</summary>
    private static async Task<(TestDatabase, string)> SeedTemplateAsync()
    {
        var template = new ApiClientHost(seedsItself: true) { _keepsDatabase = true };
        await template.InitializeAsync();
        await ((IAsyncLifetime)template).DisposeAsync();
        return (template._database, template._dataFolder);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _treasury.DisposeAsync();
        if (_keepsDatabase) return;
        await _database.DisposeAsync();
        if (Directory.Exists(_dataFolder)) Directory.Delete(_dataFolder, recursive: true);
    }
}
