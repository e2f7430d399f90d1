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
    public CrashProbe Probe { get; } = new();
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
        services.AddSingleton<IPaymentStepProbe>(Probe);
        services.AddScoped<RobotPlan.CatalogApplications.IEnterpriseCreditLookup>(_ => new ListCreditLookup(Blacklist));
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

/// <summary>Simulates a process dying right after the treasury answered, before anything is committed.</summary>
public sealed class CrashProbe : IPaymentStepProbe
{
    private int _crashesLeft;

    /// <summary>The payments whose process "died" right after the treasury answered.</summary>
    public System.Collections.Concurrent.ConcurrentBag<Guid> Crashed { get; } = [];

    public void CrashAfterNextCalls(int count) => Interlocked.Exchange(ref _crashesLeft, count);

    public Task AfterGatewayCallAsync(Payment payment, GatewayAnswer answer)
    {
        if (Interlocked.Decrement(ref _crashesLeft) >= 0)
        {
            Crashed.Add(payment.Id);
            throw new SimulatedCrash(payment.Id);
        }
        return Task.CompletedTask;
    }
}

public sealed class SimulatedCrash(Guid paymentId) : Exception($"Simulated crash after the gateway call for payment {paymentId}");

internal sealed class ListCreditLookup(System.Collections.Concurrent.ConcurrentBag<Guid> blacklist) : RobotPlan.CatalogApplications.IEnterpriseCreditLookup
{
    public Task<bool> IsBlacklistedAsync(Guid enterpriseId, DateOnly on, CancellationToken ct) => Task.FromResult(blacklist.Contains(enterpriseId));
}
