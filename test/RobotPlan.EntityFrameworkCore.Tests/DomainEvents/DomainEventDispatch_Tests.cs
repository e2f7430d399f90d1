using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.ReferenceData;
using RobotPlan.SeedWork;
using RobotPlan.TestReports;

namespace RobotPlan.EntityFrameworkCore.Tests.DomainEvents;

public sealed class DomainEventDispatch_Tests(DomainEventDispatch_Tests.Host host) : IClassFixture<DomainEventDispatch_Tests.Host>
{
    /// <summary>Registers a handler that writes a row of its own, so the test can see it commit with the event's source.</summary>
    public sealed class Host : RobotPlanTestHost
    {
        protected override void ConfigureServices(IServiceCollection services)
        {
            services.AddScoped<FailSwitch>();
            services.AddScoped<IDomainEventHandler<TestReportStatusChanged>, RecordingHandler>();
        }
    }

    /// <summary>Set within one unit of work to make the handler fail there.</summary>
    public sealed class FailSwitch
    {
        public bool Fail { get; set; }
    }

    private sealed class RecordingHandler(RobotPlanDbContext db, FailSwitch failSwitch) : IDomainEventHandler<TestReportStatusChanged>
    {
        public Task HandleAsync(TestReportStatusChanged domainEvent, CancellationToken cancellationToken)
        {
            if (failSwitch.Fail) throw new InvalidOperationException("handler failed");
            db.CertificationBodies.Add(new CertificationBody($"event:{domainEvent.TestReportId}:{domainEvent.Status}", "Test body", null));
            return Task.CompletedTask;
        }
    }

    private Task<TestReport> AnyValidReportAsync() =>
        host.WithDbAsync(db => db.TestReports.AsNoTracking().FirstAsync(r => r.Status == TestReportStatus.Valid));

    [Fact]
    public async Task Should_Commit_Handler_Changes_In_The_Same_Save_As_The_Event_Source()
    {
        var report = await AnyValidReportAsync();

        await host.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RobotPlanDbContext>();
            var tracked = await db.TestReports.SingleAsync(r => r.Id == report.Id);
            tracked.Withdraw("检测样品不符", host.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        });

        (await host.WithDbAsync(db => db.CertificationBodies.AnyAsync(b => b.Name == $"event:{report.Id}:Withdrawn"))).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Save_Nothing_When_A_Handler_Fails()
    {
        var report = await AnyValidReportAsync();

        await Should.ThrowAsync<InvalidOperationException>(() => host.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<FailSwitch>().Fail = true;
            var db = sp.GetRequiredService<RobotPlanDbContext>();
            var tracked = await db.TestReports.SingleAsync(r => r.Id == report.Id);
            tracked.Withdraw("检测样品不符", host.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }));

        (await host.WithDbAsync(db => db.TestReports.SingleAsync(r => r.Id == report.Id))).Status.ShouldBe(TestReportStatus.Valid);
    }
}
