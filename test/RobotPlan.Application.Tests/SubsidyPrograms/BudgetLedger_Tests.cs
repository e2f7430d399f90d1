using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.SubsidyPrograms;

namespace RobotPlan.Application.Tests.SubsidyPrograms;

/// <summary>R-37 / quality R-C: the sum reserved never exceeds the budget, also when many confirmations race.</summary>
public sealed class BudgetLedger_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private async Task<Guid> NewProgramAsync(int year, decimal budget)
    {
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        return await host.WithScopeAsync(async sp => (await sp.GetRequiredService<ISubsidyProgramAppService>().CreateAsync(new CreateSubsidyProgramDto
        {
            Year = year, Kind = SubsidyKind.FirstPurchaseReward, Title = $"{year} 首购首用", Budget = budget,
            OpensAt = new DateTime(year, 1, 1), ClosesAt = new DateTime(year, 12, 31),
        })).Id);
    }

    private Task<bool> ReserveAsync(Guid programId, decimal amount) =>
        host.WithScopeAsync(sp => sp.GetRequiredService<IBudgetLedger>().TryReserveAsync(programId, amount));

    private Task<SubsidyProgram> ReadAsync(Guid id) =>
        host.WithDbAsync(db => db.SubsidyPrograms.AsNoTracking().SingleAsync(p => p.Id == id));

    [Fact]
    public async Task Should_Never_Reserve_More_Than_The_Budget_When_Many_Confirmations_Race()
    {
        // 40 confirmations of 30,000.01 元 each race for a 1,000,000 元 budget: 33 fit (990,000.33), 7 must be refused.
        // The drill (ROBOTPLAN_DRILL_SCALE = k) races 40k for k × 1,000,000 元.
        var budget = Drill.Scale * 1_000_000m;
        var fit = (int)Math.Floor(budget / 30_000.01m);
        var programId = await NewProgramAsync(2041, budget);
        var attempts = Enumerable.Range(0, Drill.Size(40)).Select(_ => Task.Run(() => ReserveAsync(programId, 30_000.01m))).ToArray();

        var outcomes = await Task.WhenAll(attempts);

        var program = await ReadAsync(programId);
        Drill.Report("R-C", $"{attempts.Length} concurrent reservations of 30,000.01 元 for {budget:N2} 元: {outcomes.Count(ok => ok)} reserved, "
            + $"{outcomes.Count(ok => !ok)} refused; reserved {program.Reserved:N2} ≤ budget");
        outcomes.Count(ok => ok).ShouldBe(fit);
        program.Reserved.ShouldBe(fit * 30_000.01m);
        program.Reserved.ShouldBeLessThanOrEqualTo(program.Budget);
    }

    [Fact]
    public async Task Should_Refuse_A_Reservation_Beyond_The_Remaining_Budget_And_Change_Nothing()
    {
        var programId = await NewProgramAsync(2042, 100m);
        (await ReserveAsync(programId, 60m)).ShouldBeTrue();
        (await ReserveAsync(programId, 40.01m)).ShouldBeFalse();
        (await ReadAsync(programId)).Reserved.ShouldBe(60m);
    }

    [Fact]
    public async Task Should_Release_And_Consume_Reservations()
    {
        var programId = await NewProgramAsync(2043, 1_000m);
        await ReserveAsync(programId, 600m);
        await host.WithScopeAsync(async sp =>
        {
            var ledger = sp.GetRequiredService<IBudgetLedger>();
            await ledger.ReleaseAsync(programId, 100m);
            await ledger.ConsumeAsync(programId, 500m);
        });

        var program = await ReadAsync(programId);
        program.Reserved.ShouldBe(0m);
        program.Paid.ShouldBe(500m);
        program.Remaining.ShouldBe(500m);
    }

    [Fact]
    public async Task Should_Refuse_At_The_Database_An_Update_That_Would_Overspend()
    {
        // The CHECK constraint catches a write that bypasses the ledger's conditional update.
        var programId = await NewProgramAsync(2044, 100m);
        await Should.ThrowAsync<Exception>(() => host.WithDbAsync(db =>
            db.SubsidyPrograms.Where(p => p.Id == programId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Reserved, 100.01m))));
        (await ReadAsync(programId)).Reserved.ShouldBe(0m);
    }
}
