using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Payouts;
using RobotPlan.TreasurySandbox;

namespace RobotPlan.Application.Tests.Payouts;

/// <summary>
/// The application on a fresh database, talking to a real sandbox treasury over loopback HTTP (Kestrel on a free
/// port). The sandbox uses the host's fake clock for settlement dates; network timeouts run on the wall clock.
/// </summary>
public abstract class PayoutTestHost : RobotPlanTestHost, IAsyncLifetime
{
    public SandboxServer Sandbox { get; private set; } = null!;
    /// <summary>Decorates the real gateway client: "dies" right after chosen treasury answers.</summary>
    public CrashAfterCalls Crashes { get; } = new();
    /// <summary>Enterprises the (fake) credit lookup reports blacklisted: the Credit issue's real lookup comes later.</summary>
    public System.Collections.Concurrent.ConcurrentBag<Guid> Blacklist { get; } = [];

    /// <summary>The client's own quick retries (0: every fault reaches the executor).</summary>
    protected abstract int ClientRetries { get; }

    protected override void ConfigureServices(IServiceCollection services)
    {
        Sandbox = SandboxServer.StartAsync(Clock).GetAwaiter().GetResult();
        services.AddTreasuryGateway(configure: o =>
        {
            o.BaseAddress = Sandbox.BaseAddress.ToString();
            // 1 s: long enough for a shared, busy machine; the hang fault outlasts it.
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.TotalTimeout = TimeSpan.FromSeconds(5);
            o.MaxRetries = ClientRetries;
            o.RetryDelay = TimeSpan.FromMilliseconds(20);
        });
        services.Configure<PayoutOptions>(o =>
        {
            o.MaxAttempts = 4;
            o.BackoffBase = TimeSpan.FromMinutes(1);
            o.Lease = TimeSpan.FromMinutes(2);
            o.Parallelism = 4;
        });
        DecorateGateway(services);
        services.AddScoped<RobotPlan.CatalogApplications.IEnterpriseCreditLookup>(_ => new ListCreditLookup(Blacklist));
    }

    /// <summary>Every executor gets the typed HTTP client wrapped in <see cref="CrashingTreasuryGateway"/>.</summary>
    private void DecorateGateway(IServiceCollection services)
    {
        var client = services.Last(d => d.ServiceType == typeof(ITreasuryGateway));
        services.Remove(client);
        services.Add(ServiceDescriptor.Describe(typeof(ITreasuryGateway),
            sp => new CrashingTreasuryGateway((ITreasuryGateway)client.ImplementationFactory!(sp), Crashes), client.Lifetime));
    }

    /// <summary>
    /// One query through the whole client path before any test: a cold first call (JIT, Kestrel, connection set-up)
    /// can take longer than the 1 s attempt timeout on a fresh CI machine and turn a test's first payment Unknown.
    /// </summary>
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await WithScopeAsync(sp => sp.GetRequiredService<ITreasuryGateway>().QueryAsync("warm-up:not-a-payment"));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Sandbox.DisposeAsync();
        await DisposeAsync();
    }
}

public sealed class PayoutHostWithClientRetries : PayoutTestHost
{
    protected override int ClientRetries => 3;
}

public sealed class PayoutHostWithoutClientRetries : PayoutTestHost
{
    protected override int ClientRetries => 0;
}

/// <summary>Which treasury answers the process "dies" after: the next <see cref="CrashAfterNextCalls"/> ones.</summary>
public sealed class CrashAfterCalls
{
    private int _crashesLeft;

    /// <summary>The idempotency keys of the payments whose process "died" right after the treasury answered.</summary>
    public System.Collections.Concurrent.ConcurrentBag<string> Crashed { get; } = [];

    public void CrashAfterNextCalls(int count) => Interlocked.Exchange(ref _crashesLeft, count);

    internal GatewayAnswer AfterCall(string idempotencyKey, GatewayAnswer answer)
    {
        if (Interlocked.Decrement(ref _crashesLeft) < 0) return answer;
        Crashed.Add(idempotencyKey);
        throw new SimulatedCrash(idempotencyKey);
    }
}

/// <summary>
/// Simulates a process dying right after the treasury answered, before anything is committed: the real call
/// happens, then the answer is lost to an exception the executor does not catch.
/// </summary>
public sealed class CrashingTreasuryGateway(ITreasuryGateway inner, CrashAfterCalls crashes) : ITreasuryGateway
{
    public async Task<GatewayAnswer> SendAsync(string idempotencyKey, TreasuryInstruction instruction, CancellationToken ct = default) =>
        crashes.AfterCall(idempotencyKey, await inner.SendAsync(idempotencyKey, instruction, ct));

    public async Task<GatewayAnswer> QueryAsync(string idempotencyKey, CancellationToken ct = default) =>
        crashes.AfterCall(idempotencyKey, await inner.QueryAsync(idempotencyKey, ct));

    public Task<IReadOnlyList<StatementEntry>> GetStatementAsync(DateOnly date, CancellationToken ct = default) => inner.GetStatementAsync(date, ct);
}

public sealed class SimulatedCrash(string idempotencyKey) : Exception($"Simulated crash after the gateway call for {idempotencyKey}");

internal sealed class ListCreditLookup(System.Collections.Concurrent.ConcurrentBag<Guid> blacklist) : RobotPlan.CatalogApplications.IEnterpriseCreditLookup
{
    public Task<bool> IsBlacklistedAsync(Guid enterpriseId, DateOnly on, CancellationToken ct) => Task.FromResult(blacklist.Contains(enterpriseId));
}
