using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Data;
using RobotPlan.EntityFrameworkCore;

namespace RobotPlan.Web.Tests.Infrastructure;

/// <summary>
/// The real Web host (Development: demo data seeded) on a database of its own on the lane's provider, one per test
/// class: a copy of the run's <see cref="SeededTemplate"/> unless the class seeds differently. Hangfire's server is off
/// (jobs are run explicitly); login rate limits are raised unless a test asks otherwise.
/// </summary>
public class RobotPlanWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly Dictionary<string, (string Token, DateTimeOffset IssuedAt)> _tokens = [];
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "robotplan-tests", "web-" + Guid.NewGuid().ToString("N"));
    private bool _keepsDatabase;

    public RobotPlanTestData Data { get; private set; } = null!;

    protected virtual int LoginPerMinute => 100_000;

    /// <summary>Issue #14 limits registrations per address; tests register far more than 5 an hour unless they test the limit.</summary>
    protected virtual int RegistrationsPerHour => 100_000;

    /// <summary>
    /// Whether this host starts from a copy of the seeded template (no migration pending, so it does not seed again).
    /// False for a host that must seed itself: another environment, or a clock the demo data's dates must follow.
    /// </summary>
    protected virtual bool StartsFromSeededTemplate => true;

    public virtual async Task InitializeAsync()
    {
        _database = StartsFromSeededTemplate ? await SeededTemplate.CopyAsync(_dataFolder) : await TestDatabase.CreateAsync();
        _ = Services; // builds and starts the host: migrates and seeds
        Data = await WithDbAsync(RobotPlanTestData.LoadAsync);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", _database.Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", _database.Database.ConnectionString);
        builder.UseSetting("RobotPlan:DataFolder", _dataFolder);
        builder.UseSetting("Hangfire:ServerEnabled", "false");
        builder.UseSetting("RateLimits:LoginPerMinute", LoginPerMinute.ToString());
        builder.UseSetting("RateLimits:LoginPerUserNamePerMinute", LoginPerMinute.ToString());
        builder.UseSetting("RateLimits:RegistrationsPerHour", RegistrationsPerHour.ToString());
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000));
    }

    public async Task<T> WithDbAsync<T>(Func<RobotPlanDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<RobotPlanDbContext>());
    }

    /// <summary>A client signed in with a bearer token as this demo user (null: anonymous).</summary>
    public async Task<HttpClient> ClientForAsync(string? userName, string? acceptLanguage = null)
    {
        // The factory's base address: a host on Kestrel (the browser tests) listens on its own port.
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        if (acceptLanguage is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        if (userName is null) return client;
        // Access tokens live 15 minutes on the host's clock (ADR 0005); a long class (the sweep) or a moved fake clock
        // gets a fresh one rather than a 401.
        var now = Services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!_tokens.TryGetValue(userName, out var cached) || now - cached.IssuedAt > TimeSpan.FromMinutes(10) || now < cached.IssuedAt)
        {
            cached = ((await TokenAsync(userName)).AccessToken, now);
            _tokens[userName] = cached;
        }
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", cached.Token);
        return client;
    }

    /// <summary>
    /// Signs a demo user in through the API as a client would: the password, and for a user with a second factor the
    /// challenge plus the code of its demo authenticator key (<see cref="DemoUsers.AuthenticatorKeys"/>).
    /// </summary>
    public async Task<TokenResponse> TokenAsync(string userName, string password = DemoUsers.Password)
    {
        using var anonymous = CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/account/token", new { userName, password });
        if (response.StatusCode == HttpStatusCode.Unauthorized && DemoUsers.AuthenticatorKeys.TryGetValue(userName, out var key))
        {
            var challenge = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("challengeToken").GetString();
            response = await anonymous.PostAsJsonAsync("/api/account/token/two-factor", new { challengeToken = challenge, code = Totp.Code(key) });
        }
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_keepsDatabase) return;
        await _database.DisposeAsync();
        if (Directory.Exists(_dataFolder)) Directory.Delete(_dataFolder, recursive: true);
    }

    /// <summary>Stops the host and hands over its database and data folder (the template's), which outlive it.</summary>
    internal async Task<(TestDatabase Database, string DataFolder)> StopAndKeepDatabaseAsync()
    {
        _keepsDatabase = true;
        await DisposeAsync();
        return (_database, _dataFolder);
    }

    public sealed record TokenResponse(string AccessToken, string RefreshToken);
}
