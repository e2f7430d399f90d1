using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace RobotPlan.Web.Tests.Browser;

/// <summary>
/// The common browser host. Its TimeProvider is <see cref="Clock"/>: it starts at the real time and a test moves it
/// forward (a notice ending, a listing expiring) and then runs the job as Hangfire would (<see cref="RunJobAsync{TJob, TResult}"/>).
/// </summary>
public sealed class BrowserFixture : ChromiumHostFixture
{
    /// <summary>
    /// Ticks 1 ms per reading so that history rows, audit times and v7 ids written one after another keep their order
    /// (a frozen clock would stamp a whole workflow with one instant).
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Runs a recurring job in its own scope, as Hangfire's worker does.</summary>
    public async Task<TResult> RunJobAsync<TJob, TResult>(Func<TJob, Task<TResult>> run) where TJob : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }
}
