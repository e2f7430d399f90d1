using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogApplications;
using RobotPlan.Data;
using RobotPlan.Errors;
using RobotPlan.Payouts;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyAwards;

namespace RobotPlan.Application.Tests.Payouts;

/// <summary>R-40 (assembly, four-eyes, payments on approval) and R-43 (holds) through the application services.</summary>
public sealed class PayoutBatches_Tests(PayoutHostWithoutClientRetries host) : IClassFixture<PayoutHostWithoutClientRetries>
{
    private readonly PayoutScenario _s = new(host, host.Sandbox);

    private Task<T> Batches<T>(Func<IPayoutBatchAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<IPayoutBatchAppService>()));

    private Task<Guid?> AssembleJobAsync() => host.WithScopeAsync(sp => sp.GetRequiredService<AssemblePayoutBatchJob>().RunAsync());

    [Fact]
    public async Task Should_Gather_Each_Approved_Award_Into_One_Draft_Batch_And_Change_Nothing_When_Run_Again()
    {
        var awards = await _s.NewAwardsAsync(5);

        var first = await AssembleJobAsync();
        var second = await AssembleJobAsync();

        first.ShouldNotBeNull();
        second.ShouldBeNull("every approved award is already in a batch");
        var items = await host.WithDbAsync(db => db.PayoutItems.AsNoTracking().Where(i => awards.Contains(i.AwardId)).ToListAsync());
        items.Count.ShouldBe(5);
        items.ShouldAllBe(i => i.BatchId == first.Value);
        (await host.WithDbAsync(db => db.PayoutBatches.CountAsync(b => b.Id == first.Value && b.Status == PayoutBatchStatus.Draft))).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Refuse_Approval_By_The_Officer_Who_Submitted_With_A_Coded_422_And_Create_No_Payment()
    {
        await _s.NewAwardsAsync(2);
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var batch = (await Batches(s => s.AssembleAsync()))!;
        await Batches(s => s.SubmitAsync(batch.Id, new PayoutBatchActionDto()));

        var ex = await Should.ThrowAsync<BusinessException>(() => Batches(s => s.ApproveAsync(batch.Id, new PayoutBatchActionDto())));

        ex.Code.ShouldBe(RobotPlanErrorCodes.PayoutSameOfficer);
        (await host.WithDbAsync(db => db.Payments.CountAsync(p => p.BatchId == batch.Id))).ShouldBe(0);
        await host.LoginAsAsync(DemoUsers.Finance2);
        var approved = await Batches(s => s.ApproveAsync(batch.Id, new PayoutBatchActionDto()));
        approved.Status.ShouldBe(PayoutBatchStatus.Approved);
        var payments = await _s.PaymentsAsync(batch.Id);
        payments.Count.ShouldBe(2);
        payments.ShouldAllBe(p => p.IdempotencyKey == Payment.KeyFor(p.AwardId) && p.PayloadHash.Length == 64 && p.Status == PaymentStatus.Pending);
    }

    [Fact]
    public async Task Should_Refuse_To_Approve_A_Draft_And_Refuse_A_Non_Finance_User()
    {
        await _s.NewAwardsAsync(1);
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var batch = (await Batches(s => s.AssembleAsync()))!;
        await host.LoginAsAsync(DemoUsers.Finance2);
        (await Should.ThrowAsync<BusinessException>(() => Batches(s => s.ApproveAsync(batch.Id, new PayoutBatchActionDto()))))
            .Code.ShouldBe(RobotPlanErrorCodes.PayoutBatchIllegalTransition);
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        await Should.ThrowAsync<AuthorizationException>(() => Batches(s => s.SubmitAsync(batch.Id, new PayoutBatchActionDto())));
    }

    [Fact]
    public async Task Should_Hold_A_Deregistered_Payee_And_Pay_The_Rest_Then_Refuse_Release_While_The_Hold_Applies()
    {
        var awards = await _s.NewAwardsAsync(4);
        // B leaves the register (soft delete): its items are held with the reason, A's are paid.
        await host.WithDbAsync(async db =>
        {
            var b = await db.Enterprises.SingleAsync(e => e.Id == host.Data.EnterpriseBId);
            b.IsDeleted = true;
            await db.SaveChangesAsync();
            return true;
        });
        try
        {
            var batchId = await _s.ApprovedBatchAsync();
            var detail = await Batches(s => s.GetAsync(batchId));
            detail.Items.Where(i => i.PayeeEnterpriseId == host.Data.EnterpriseBId).ShouldAllBe(i => i.HoldReason == PayoutHoldReason.Deregistered);
            detail.Items.Where(i => i.PayeeEnterpriseId == host.Data.EnterpriseAId).ShouldAllBe(i => i.HoldReason == null);
            await _s.ExecuteUntilSettledAsync(batchId);
            var paidAwards = awards.Where((_, i) => i % 2 == 0).ToList();
            (await _s.PaymentsAsync(batchId)).Select(p => p.AwardId).ShouldBe(paidAwards, ignoreOrder: true);
            (await Batches(s => s.GetAsync(batchId))).Batch.Status.ShouldBe(PayoutBatchStatus.Executing, "held items keep the batch open");

            await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
            var held = detail.Items.First(i => i.HoldReason != null);
            (await Should.ThrowAsync<BusinessException>(() => Batches(s => s.ReleaseItemAsync(batchId, held.Id))))
                .Code.ShouldBe(RobotPlanErrorCodes.PayoutHoldStillApplies);

            await host.WithDbAsync(async db =>
            {
                var b = await db.Enterprises.IgnoreQueryFilters().SingleAsync(e => e.Id == host.Data.EnterpriseBId);
                b.IsDeleted = false;
                await db.SaveChangesAsync();
                return true;
            });
            foreach (var item in detail.Items.Where(i => i.HoldReason != null))
                await Batches(s => s.ReleaseItemAsync(batchId, item.Id));
            var result = await _s.ExecuteUntilSettledAsync(batchId);

            result.Done.ShouldBeTrue();
            await _s.AssertPaidExactlyOnceAsync(batchId, awards);
        }
        finally
        {
            await host.WithDbAsync(async db =>
            {
                await db.Enterprises.IgnoreQueryFilters().Where(e => e.Id == host.Data.EnterpriseBId)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.IsDeleted, false));
                return true;
            });
        }
    }

    [Fact]
    public async Task Should_Hold_A_Blacklisted_Payee_At_Send_Time_Even_After_Approval()
    {
        var awards = await _s.NewAwardsAsync(2);
        var batchId = await _s.ApprovedBatchAsync();
        host.Blacklist.Add(host.Data.EnterpriseBId);
        try
        {
            await _s.ExecuteUntilSettledAsync(batchId);

            var payments = await _s.PaymentsAsync(batchId);
            payments.Single(p => p.PayeeEnterpriseId == host.Data.EnterpriseBId).ShouldSatisfyAllConditions(
                p => p.Status.ShouldBe(PaymentStatus.Held), p => p.HoldReason.ShouldBe(PayoutHoldReason.Blacklisted));
            payments.Single(p => p.PayeeEnterpriseId == host.Data.EnterpriseAId).Status.ShouldBe(PaymentStatus.Paid);
            host.Sandbox.State.Find(Payment.KeyFor(awards[1])).ShouldBeNull("nothing was sent for the blacklisted payee");
        }
        finally
        {
            host.Blacklist.Clear();
        }
    }

    [Fact]
    public async Task Should_Hold_The_Payees_Other_Money_On_A_Fraud_Finding_And_Close_The_Clawback_On_Repayment()
    {
        var paidAwards = await _s.NewAwardsAsync(2);
        var firstBatch = await _s.ApprovedBatchAsync();
        await _s.ExecuteUntilSettledAsync(firstBatch);
        var pending = await _s.NewAwardsAsync(2);
        var secondBatch = await _s.ApprovedBatchAsync();
        var draftAwards = await _s.NewAwardsAsync(2);
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var draft = (await Batches(s => s.AssembleAsync()))!;

        // A municipal reviewer finds fraud on A's paid award (A is payee of index 0 in each set).
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        try
        {
        var clawback = await host.WithScopeAsync(sp => sp.GetRequiredService<IClawbackAppService>().RecordFraudFindingAsync(paidAwards[0],
            new RecordFraudFindingDto { Reason = "虚开发票", DocumentNumber = "渝财监〔2025〕12号", AmountDue = 1_000m }));

        clawback.Status.ShouldBe(nameof(AwardStatus.ClawbackPending));
        clawback.AmountDue.ShouldBe(1_000m);
        var payments = await _s.PaymentsAsync(secondBatch);
        payments.Single(p => p.AwardId == pending[0]).ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(PaymentStatus.Held), p => p.HoldReason.ShouldBe(PayoutHoldReason.ClawbackPending));
        payments.Single(p => p.AwardId == pending[1]).Status.ShouldBe(PaymentStatus.Pending);
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var draftItems = (await Batches(s => s.GetAsync(draft.Id))).Items;
        draftItems.Single(i => i.AwardId == draftAwards[0]).HoldReason.ShouldBe(PayoutHoldReason.ClawbackPending);
        draftItems.Single(i => i.AwardId == draftAwards[1]).HoldReason.ShouldBeNull();
        await _s.ExecuteUntilSettledAsync(secondBatch);
        host.Sandbox.State.Find(Payment.KeyFor(pending[0])).ShouldBeNull("the held payment was never sent");

        // Finance records the repayment: ClawedBack, and the held payment can be released and paid.
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var heldId = payments.Single(p => p.AwardId == pending[0]).Id;
        (await Should.ThrowAsync<BusinessException>(() => host.WithScopeAsync(sp => sp.GetRequiredService<IPaymentAppService>().ReleaseAsync(heldId))))
            .Code.ShouldBe(RobotPlanErrorCodes.PayoutHoldStillApplies);
        var repaid = await host.WithScopeAsync(sp => sp.GetRequiredService<IClawbackAppService>().RecordRepaymentAsync(paidAwards[0]));
        repaid.Status.ShouldBe(nameof(AwardStatus.ClawedBack));
        await host.WithScopeAsync(sp => sp.GetRequiredService<IPaymentAppService>().ReleaseAsync(heldId));
        await _s.ExecuteUntilSettledAsync(secondBatch);
        await _s.AssertPaidExactlyOnceAsync(secondBatch, pending);
        }
        finally
        {
            // Leave no pending clawback behind for the other tests of this class (A would be held).
            await host.WithDbAsync(async db =>
            {
                var award = await db.Awards.SingleAsync(a => a.Id == paidAwards[0]);
                if (award.Status == AwardStatus.ClawbackPending) award.RecordRepayment(host.Clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync();
                return true;
            });
        }
    }

    [Fact]
    public async Task Should_Put_A_Settled_Payment_Before_A_Person_When_The_Books_Refuse_It_Instead_Of_Retrying_Forever()
    {
        var awards = await _s.NewAwardsAsync(1);
        // The reservation is gone (released elsewhere): consuming it must fail, and nothing half-written may remain.
        await host.WithScopeAsync(sp => sp.GetRequiredService<RobotPlan.SubsidyPrograms.IBudgetLedger>().ReleaseAsync(_s.ProgramId, 1_234.56m));
        var batchId = await _s.ApprovedBatchAsync();

        await _s.ExecuteUntilSettledAsync(batchId);

        var payment = (await _s.PaymentsAsync(batchId)).Single();
        payment.Status.ShouldBe(PaymentStatus.NeedsAttention);
        payment.LastError.ShouldNotBeNull().ShouldContain("Settled at the treasury");
        host.Sandbox.State.Find(payment.IdempotencyKey).ShouldNotBeNull().State.ShouldBe("Settled");
        (await host.WithDbAsync(db => db.Awards.AsNoTracking().SingleAsync(a => a.Id == awards[0]))).Status.ShouldBe(AwardStatus.Approved);
        (await host.WithDbAsync(db => db.SubsidyPrograms.AsNoTracking().SingleAsync(p => p.Id == _s.ProgramId))).Paid.ShouldBe(0m);
    }

    [Fact]
    public async Task Should_Refuse_A_Fraud_Finding_From_Finance_And_On_An_Unpaid_Award()
    {
        var awards = await _s.NewAwardsAsync(1);
        var input = new RecordFraudFindingDto { Reason = "x", DocumentNumber = "d", AmountDue = 1m };
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        await Should.ThrowAsync<AuthorizationException>(() =>
            host.WithScopeAsync(sp => sp.GetRequiredService<IClawbackAppService>().RecordFraudFindingAsync(awards[0], input)));
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        (await Should.ThrowAsync<BusinessException>(() =>
            host.WithScopeAsync(sp => sp.GetRequiredService<IClawbackAppService>().RecordFraudFindingAsync(awards[0], input))))
            .Code.ShouldBe(RobotPlanErrorCodes.AwardIllegalTransition);
    }
}
