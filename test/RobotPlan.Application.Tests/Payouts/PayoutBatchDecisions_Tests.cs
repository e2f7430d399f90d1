using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Data;
using RobotPlan.Errors;
using RobotPlan.Payouts;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.Payouts;

/// <summary>R-40 four-eyes both ways (issue #19 finding 9): the second officer returns or rejects a submitted batch, and no money moves.</summary>
public sealed class PayoutBatchDecisions_Tests(PayoutHostWithoutClientRetries host) : IClassFixture<PayoutHostWithoutClientRetries>
{
    private readonly PayoutScenario _s = new(host, host.Sandbox);

    private Task<T> Batches<T>(Func<IPayoutBatchAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<IPayoutBatchAppService>()));

    private Task<(decimal Reserved, decimal Paid)> BudgetAsync() => host.WithDbAsync(async db =>
    {
        var program = await db.SubsidyPrograms.AsNoTracking().SingleAsync(p => p.Id == _s.ProgramId);
        return (program.Reserved, program.Paid);
    });

    private Task<string> DisplayNameAsync(string userName) =>
        host.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.UserName == userName).Select(u => u.DisplayName).SingleAsync());

    [Fact]
    public async Task Should_Keep_The_Budget_Reserved_And_Pay_Each_Award_Once_When_A_Batch_Is_Returned_Then_Rejected_Then_Regathered()
    {
        var awards = await _s.NewAwardsAsync(2, 1_000m);
        var budget = await BudgetAsync();
        budget.ShouldBe((2_000m, 0m));
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var batch = (await Batches(s => s.AssembleAsync()))!;
        await Batches(s => s.SubmitAsync(batch.Id, new PayoutBatchActionDto()));

        await host.LoginAsAsync(DemoUsers.Finance2);
        var returned = await Batches(s => s.ReturnAsync(batch.Id, new PayoutBatchDecisionDto { Reason = "第 2 笔收款账户待核实" }));
        returned.Status.ShouldBe(PayoutBatchStatus.Draft);
        returned.DecisionReason.ShouldBe("第 2 笔收款账户待核实");
        (await BudgetAsync()).ShouldBe(budget, "returning moves no money");

        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        await Batches(s => s.SubmitAsync(batch.Id, new PayoutBatchActionDto()));
        await host.LoginAsAsync(DemoUsers.Finance2);
        var rejected = await Batches(s => s.RejectAsync(batch.Id, new PayoutBatchDecisionDto { Reason = "金额与核定文件不符" }));

        rejected.Status.ShouldBe(PayoutBatchStatus.Rejected);
        (await BudgetAsync()).ShouldBe(budget, "rejecting releases nothing: the awards are still owed");
        (await _s.PaymentsAsync(batch.Id)).ShouldBeEmpty();
        var detail = await Batches(s => s.GetAsync(batch.Id));
        var (finance, finance2) = (await DisplayNameAsync(RobotPlanTestData.FinanceOfficer), await DisplayNameAsync(DemoUsers.Finance2));
        detail.Batch.SubmittedByName.ShouldBe(finance);
        detail.History.Select(h => (h.ActorName, h.To, h.Comment)).ShouldBe([
            (finance, PayoutBatchStatus.Submitted, null),
            (finance2, PayoutBatchStatus.Draft, "第 2 笔收款账户待核实"),
            (finance, PayoutBatchStatus.Submitted, null),
            (finance2, PayoutBatchStatus.Rejected, "金额与核定文件不符"),
        ]);
        // the acts are rows of a hash-chained history, verified by the audit administrator.
        await host.LoginAsAsync(RobotPlanTestData.AuditAdministrator);
        var chains = await host.WithScopeAsync(sp => sp.GetRequiredService<RobotPlan.HistoryChains.IHistoryChainAppService>().VerifyAsync());
        chains.Chains.Single(c => c.Chain == nameof(PayoutBatchHistoryEntry)).ShouldSatisfyAllConditions(
            c => c.Rows.ShouldBeGreaterThanOrEqualTo(4), c => c.Intact.ShouldBeTrue());

        // The awards are free again: the next batch gathers them, and four-eyes pays each once.
        var next = await _s.ApprovedBatchAsync();
        next.ShouldNotBe(batch.Id);
        (await Batches(s => s.GetAsync(next))).Items.Select(i => i.AwardId).ShouldBe(awards, ignoreOrder: true);
        (await Batches(s => s.GetAsync(next))).Batch.ApprovedByName.ShouldBe(finance2);
        (await _s.ExecuteUntilSettledAsync(next)).Done.ShouldBeTrue();
        await _s.AssertPaidExactlyOnceAsync(next, awards);
        (await BudgetAsync()).ShouldBe((0m, 2_000m));
    }

    [Fact]
    public async Task Should_Refuse_The_Submitter_With_422_And_A_Second_Decision_With_409()
    {
        await _s.NewAwardsAsync(1);
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var batch = (await Batches(s => s.AssembleAsync()))!;
        await Batches(s => s.SubmitAsync(batch.Id, new PayoutBatchActionDto()));

        var own = await Should.ThrowAsync<BusinessException>(() => Batches(s => s.RejectAsync(batch.Id, new PayoutBatchDecisionDto { Reason = "撤回" })));
        own.Code.ShouldBe(RobotPlanErrorCodes.PayoutSameOfficer);
        ErrorKinds.Of(own.Code).ShouldBe(ErrorKind.Rule);

        await host.LoginAsAsync(DemoUsers.Finance2);
        await Batches(s => s.RejectAsync(batch.Id, new PayoutBatchDecisionDto { Reason = "金额有误" }));
        var late = await Should.ThrowAsync<BusinessException>(() => Batches(s => s.ReturnAsync(batch.Id, new PayoutBatchDecisionDto { Reason = "退回" })));
        late.Code.ShouldBe(RobotPlanErrorCodes.PayoutBatchIllegalTransition);
        ErrorKinds.Of(late.Code).ShouldBe(ErrorKind.Conflict);
        (await Should.ThrowAsync<BusinessException>(() => Batches(s => s.ApproveAsync(batch.Id, new PayoutBatchActionDto()))))
            .Code.ShouldBe(RobotPlanErrorCodes.PayoutBatchIllegalTransition);
        (await _s.PaymentsAsync(batch.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Answer_409_When_The_Officer_Saw_An_Older_Version_Of_The_Batch()
    {
        await _s.NewAwardsAsync(1);
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var draft = (await Batches(s => s.AssembleAsync()))!;
        var submitted = await Batches(s => s.SubmitAsync(draft.Id, new PayoutBatchActionDto()));
        await host.LoginAsAsync(DemoUsers.Finance2);

        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            Batches(s => s.RejectAsync(draft.Id, new PayoutBatchDecisionDto { Reason = "旧页面", ConcurrencyStamp = draft.ConcurrencyStamp })));
        (await Batches(s => s.ReturnAsync(draft.Id, new PayoutBatchDecisionDto { Reason = "新页面", ConcurrencyStamp = submitted.ConcurrencyStamp })))
            .Status.ShouldBe(PayoutBatchStatus.Draft);
    }
}
