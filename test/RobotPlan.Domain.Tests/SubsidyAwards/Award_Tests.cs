using RobotPlan.Errors;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyAwards;

namespace RobotPlan.Domain.Tests.SubsidyAwards;

public sealed class Award_Tests
{
    private static readonly DateTime Now = new(2025, 10, 1, 2, 0, 0, DateTimeKind.Utc);

    private static Award NewAward(decimal amount = 40_000m) =>
        new(Guid.NewGuid(), Guid.NewGuid(), SubsidyKind.InsuranceCompensation, Guid.NewGuid(), amount, 1, Now);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(0.001)]
    public void Amount_Must_Be_Positive_Whole_Fen(decimal amount) =>
        Should.Throw<BusinessException>(() => NewAward(amount)).Code.ShouldBe(RobotPlanErrorCodes.AwardAmountInvalid);

    [Fact]
    public void Paying_Raises_AwardPaid_Once_And_Cannot_Be_Repeated()
    {
        var award = NewAward();
        award.MarkPaid("T-1", Now);
        award.Status.ShouldBe(AwardStatus.Paid);
        award.DomainEvents.OfType<AwardPaid>().Single().Amount.ShouldBe(40_000m);
        Should.Throw<BusinessException>(() => award.MarkPaid("T-2", Now)).Code.ShouldBe(RobotPlanErrorCodes.AwardIllegalTransition);
        award.PaymentReference.ShouldBe("T-1");
    }

    [Fact]
    public void Fraud_Finding_Needs_A_Paid_Award_And_An_Amount_Due_Not_Above_The_Award()
    {
        var award = NewAward();
        Should.Throw<BusinessException>(() => award.RecordFraudFinding("伪造发票", "渝经信〔2025〕1号", 1m, Guid.NewGuid(), Now))
            .Code.ShouldBe(RobotPlanErrorCodes.AwardIllegalTransition);
        award.MarkPaid("T-1", Now);
        Should.Throw<BusinessException>(() => award.RecordFraudFinding("伪造发票", "渝经信〔2025〕1号", 40_000.01m, Guid.NewGuid(), Now))
            .Field.ShouldBe("amountDue");

        award.RecordFraudFinding("伪造发票", "渝经信〔2025〕1号", 40_000m, Guid.NewGuid(), Now);
        award.Status.ShouldBe(AwardStatus.ClawbackPending);
        award.RecordRepayment(Now.AddDays(30));
        award.Status.ShouldBe(AwardStatus.ClawedBack);
        award.DomainEvents.Select(e => e.GetType()).ShouldBe([typeof(AwardPaid), typeof(FraudFindingRecorded), typeof(AwardClawedBack)]);
    }
}
