using RobotPlan.Errors;
using RobotPlan.Identity;
using RobotPlan.Payouts;
using RobotPlan.Reviews;
using RobotPlan.SeedWork;

namespace RobotPlan.Domain.Tests.Payouts;

public sealed class PayoutBatch_Tests
{
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly ReviewActor Submitter = new(Guid.NewGuid(), "市财政局 经办", RobotPlanRoles.FinanceOfficer, null);
    private static readonly ReviewActor SecondOfficer = new(Guid.NewGuid(), "市财政局 复核", RobotPlanRoles.FinanceOfficer, null);
    private static readonly PayoutHoldReason? NotHeld = null;

    private static PayoutBatch NewBatch(params PayoutHoldReason?[] holds) =>
        new("PB20260302-0001", holds.Select(h => new PayoutItem(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 100m, h, Now)), Now);

    private static PayoutBatch Approved(int items)
    {
        var batch = NewBatch(new PayoutHoldReason?[items]);
        batch.Submit(Submitter, Now);
        batch.Approve(SecondOfficer, Now);
        return batch;
    }

    private static Dictionary<PaymentStatus, int> Payments(params (PaymentStatus Status, int Count)[] counts) =>
        counts.ToDictionary(c => c.Status, c => c.Count);

    [Fact]
    public void Should_Refuse_Approval_With_Coded_Error_When_The_Submitter_Approves()
    {
        var batch = NewBatch(NotHeld);
        batch.Submit(Submitter, Now);

        Should.Throw<BusinessException>(() => batch.EnsureDecidableBy(Submitter.UserId!.Value)).Code.ShouldBe(RobotPlanErrorCodes.PayoutSameOfficer);
        Should.Throw<BusinessException>(() => batch.Approve(Submitter, Now)).Code.ShouldBe(RobotPlanErrorCodes.PayoutSameOfficer);
        batch.Status.ShouldBe(PayoutBatchStatus.Submitted);
    }

    [Fact]
    public void Should_Refuse_Approval_With_Coded_Error_When_The_Batch_Is_Not_Submitted()
    {
        var batch = NewBatch(NotHeld);

        Should.Throw<BusinessException>(() => batch.EnsureDecidableBy(SecondOfficer.UserId!.Value)).Code.ShouldBe(RobotPlanErrorCodes.PayoutBatchIllegalTransition);
    }

    [Fact]
    public void Should_Return_The_Items_Not_Held_When_A_Second_Officer_Approves()
    {
        var batch = NewBatch(null, PayoutHoldReason.Blacklisted, null);
        batch.Submit(Submitter, Now);

        batch.EnsureDecidableBy(SecondOfficer.UserId!.Value);
        var toPay = batch.Approve(SecondOfficer, Now);

        toPay.Count.ShouldBe(2);
        batch.Status.ShouldBe(PayoutBatchStatus.Approved);
        batch.ApprovedById.ShouldBe(SecondOfficer.UserId);
    }

    [Fact]
    public void Should_Be_Done_When_Every_Item_Has_One_Paid_Payment()
    {
        var batch = Approved(3);
        batch.MarkExecuting();

        batch.IsPaidInFull(Payments((PaymentStatus.Paid, 3))).ShouldBeTrue();
        batch.MarkDone(Payments((PaymentStatus.Paid, 3)), Now).ShouldBeTrue();
        batch.Status.ShouldBe(PayoutBatchStatus.Done);
        batch.DoneAtUtc.ShouldBe(Now);
        batch.MarkDone(Payments((PaymentStatus.Paid, 3)), Now).ShouldBeFalse("already history");
    }

    [Theory]
    [InlineData(2, 0)] // a payment is missing
    [InlineData(2, 1)] // one is still retrying
    public void Should_Not_Be_Done_When_A_Payment_Is_Missing_Or_Unpaid(int paid, int failed)
    {
        var batch = Approved(3);
        var counts = failed == 0 ? Payments((PaymentStatus.Paid, paid)) : Payments((PaymentStatus.Paid, paid), (PaymentStatus.Failed, failed));

        batch.IsPaidInFull(counts).ShouldBeFalse();
        batch.MarkDone(counts, Now).ShouldBeFalse();
        batch.Status.ShouldBe(PayoutBatchStatus.Approved);
    }

    [Fact]
    public void Should_Not_Be_Done_When_An_Item_Is_Held_Even_If_Every_Payment_Is_Paid()
    {
        var batch = NewBatch(null, PayoutHoldReason.Blacklisted);
        batch.Submit(Submitter, Now);
        batch.Approve(SecondOfficer, Now);

        batch.IsPaidInFull(Payments((PaymentStatus.Paid, 1))).ShouldBeFalse();
        batch.MarkDone(Payments((PaymentStatus.Paid, 1)), Now).ShouldBeFalse();
    }

    [Fact]
    public void Should_Not_Be_Done_When_The_Batch_Was_Never_Approved()
    {
        var batch = NewBatch(NotHeld);

        batch.MarkDone(Payments((PaymentStatus.Paid, 1)), Now).ShouldBeFalse();
        batch.Status.ShouldBe(PayoutBatchStatus.Draft);
    }

    [Fact]
    public void Should_Go_Back_To_Draft_With_The_Reason_In_History_When_The_Second_Officer_Returns_It()
    {
        var batch = NewBatch(NotHeld);
        batch.Submit(Submitter, Now);

        batch.Return(SecondOfficer, "  第 3 笔收款账户待核实 ", Now.AddHours(1));

        batch.Status.ShouldBe(PayoutBatchStatus.Draft);
        batch.DecisionReason.ShouldBe("第 3 笔收款账户待核实");
        batch.SubmittedById.ShouldBeNull();
        batch.Items.ShouldAllBe(i => i.WithdrawnAtUtc == null, "a returned batch keeps its awards");
        batch.History.Select(h => (h.ActorName, h.From, h.To, h.Comment)).ShouldBe([
            ("市财政局 经办", PayoutBatchStatus.Draft, PayoutBatchStatus.Submitted, null),
            ("市财政局 复核", PayoutBatchStatus.Submitted, PayoutBatchStatus.Draft, "第 3 笔收款账户待核实"),
        ]);
        batch.Submit(Submitter, Now.AddHours(2));
        batch.Approve(SecondOfficer, Now.AddHours(3)).Count.ShouldBe(1);
        batch.History.Count.ShouldBe(4);
    }

    [Fact]
    public void Should_End_The_Batch_And_Withdraw_Every_Item_When_The_Second_Officer_Rejects_It()
    {
        var batch = NewBatch(NotHeld, PayoutHoldReason.Blacklisted);
        batch.Submit(Submitter, Now);

        batch.Reject(SecondOfficer, "金额与核定文件不符", Now.AddHours(1));

        batch.Status.ShouldBe(PayoutBatchStatus.Rejected);
        batch.DecisionReason.ShouldBe("金额与核定文件不符");
        batch.Items.ShouldAllBe(i => i.WithdrawnAtUtc == Now.AddHours(1));
        batch.History.Last().ShouldSatisfyAllConditions(
            h => h.To.ShouldBe(PayoutBatchStatus.Rejected), h => h.ActorId.ShouldBe(SecondOfficer.UserId), h => h.Comment.ShouldBe("金额与核定文件不符"));
        Should.Throw<BusinessException>(() => batch.Submit(Submitter, Now)).Code.ShouldBe(RobotPlanErrorCodes.PayoutBatchIllegalTransition);
        Should.Throw<BusinessException>(() => batch.ReleaseItem(batch.Items[1].Id, Submitter.UserId!.Value, Now))
            .Code.ShouldBe(RobotPlanErrorCodes.PayoutBatchIllegalTransition);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_Refuse_Return_Or_Reject_With_Coded_Error_When_The_Submitter_Decides(bool reject)
    {
        var batch = NewBatch(NotHeld);
        batch.Submit(Submitter, Now);

        var ex = Should.Throw<BusinessException>(() => Decide(batch, reject, Submitter, "自己退回"));

        ex.Code.ShouldBe(RobotPlanErrorCodes.PayoutSameOfficer);
        batch.Status.ShouldBe(PayoutBatchStatus.Submitted);
        batch.History.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(true, "", 1)]
    [InlineData(false, " ", 3)]
    [InlineData(true, "驳", 1001)]
    [InlineData(false, "退", 1001)]
    public void Should_Refuse_Return_Or_Reject_Naming_The_Reason_When_It_Is_Blank_Or_Too_Long(bool reject, string part, int times)
    {
        var batch = NewBatch(NotHeld);
        batch.Submit(Submitter, Now);

        var ex = Should.Throw<BusinessException>(() => Decide(batch, reject, SecondOfficer, string.Concat(Enumerable.Repeat(part, times))));

        ex.Code.ShouldBe(RobotPlanErrorCodes.PayoutDecisionReasonRequired);
        ex.Field.ShouldBe("reason");
        batch.Status.ShouldBe(PayoutBatchStatus.Submitted);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_Refuse_Return_Or_Reject_With_A_Conflict_Code_When_The_Batch_Is_Not_Submitted(bool reject)
    {
        var batch = Approved(1);

        Should.Throw<BusinessException>(() => Decide(batch, reject, SecondOfficer, "迟到的驳回"))
            .Code.ShouldBe(RobotPlanErrorCodes.PayoutBatchIllegalTransition);
        ErrorKinds.Of(RobotPlanErrorCodes.PayoutBatchIllegalTransition).ShouldBe(ErrorKind.Conflict);
        batch.Status.ShouldBe(PayoutBatchStatus.Approved);
    }

    private static void Decide(PayoutBatch batch, bool reject, ReviewActor officer, string reason)
    {
        if (reject) batch.Reject(officer, reason, Now);
        else batch.Return(officer, reason, Now);
    }
}
