using RobotPlan.Errors;
using RobotPlan.Payouts;
using RobotPlan.SeedWork;

namespace RobotPlan.Domain.Tests.Payouts;

public sealed class PayoutBatch_Tests
{
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Submitter = Guid.NewGuid();
    private static readonly Guid SecondOfficer = Guid.NewGuid();
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

        Should.Throw<BusinessException>(() => batch.EnsureApprovableBy(Submitter)).Code.ShouldBe(RobotPlanErrorCodes.PayoutSameOfficer);
        Should.Throw<BusinessException>(() => batch.Approve(Submitter, Now)).Code.ShouldBe(RobotPlanErrorCodes.PayoutSameOfficer);
        batch.Status.ShouldBe(PayoutBatchStatus.Submitted);
    }

    [Fact]
    public void Should_Refuse_Approval_With_Coded_Error_When_The_Batch_Is_Not_Submitted()
    {
        var batch = NewBatch(NotHeld);

        Should.Throw<BusinessException>(() => batch.EnsureApprovableBy(SecondOfficer)).Code.ShouldBe(RobotPlanErrorCodes.PayoutBatchIllegalTransition);
    }

    [Fact]
    public void Should_Return_The_Items_Not_Held_When_A_Second_Officer_Approves()
    {
        var batch = NewBatch(null, PayoutHoldReason.Blacklisted, null);
        batch.Submit(Submitter, Now);

        batch.EnsureApprovableBy(SecondOfficer);
        var toPay = batch.Approve(SecondOfficer, Now);

        toPay.Count.ShouldBe(2);
        batch.Status.ShouldBe(PayoutBatchStatus.Approved);
        batch.ApprovedById.ShouldBe(SecondOfficer);
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
}
