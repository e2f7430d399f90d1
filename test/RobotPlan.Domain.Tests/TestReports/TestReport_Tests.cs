using RobotPlan.Errors;
using RobotPlan.SeedWork;
using RobotPlan.TestReports;

namespace RobotPlan.Domain.Tests.TestReports;

public sealed class TestReport_Tests
{
    private static readonly DateOnly IssuedOn = new(2025, 3, 1);
    private static readonly DateTime Now = new(2025, 9, 26, 2, 0, 0, DateTimeKind.Utc);

    private static TestReport NewReport(DateOnly? expiresOn = null, string number = "CQRT-1") =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), $" {number} ", " 合格 ", IssuedOn,
            expiresOn ?? new DateOnly(2027, 3, 1), Guid.CreateVersion7());

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Should_Refuse_Report_When_Expiry_Is_Not_After_Issue(int days)
    {
        var error = Should.Throw<BusinessException>(() => NewReport(IssuedOn.AddDays(days)));
        error.Code.ShouldBe(RobotPlanErrorCodes.TestReportExpiryBeforeIssue);
        error.Field.ShouldBe("expiresOn");
    }

    [Fact]
    public void Should_Start_Valid_With_Trimmed_Number() =>
        NewReport().ShouldSatisfyAllConditions(r => r.Status.ShouldBe(TestReportStatus.Valid), r => r.Number.ShouldBe("CQRT-1"));

    [Fact]
    public void Should_Count_As_Evidence_Only_Between_Issue_And_Expiry()
    {
        var report = NewReport(new DateOnly(2027, 3, 1));
        report.IsValidOn(IssuedOn.AddDays(-1)).ShouldBeFalse();
        report.IsValidOn(IssuedOn).ShouldBeTrue();
        report.IsValidOn(new DateOnly(2027, 2, 28)).ShouldBeTrue();
        report.IsValidOn(new DateOnly(2027, 3, 1)).ShouldBeFalse();
    }

    [Fact]
    public void Should_Not_Count_As_Evidence_When_Withdrawn()
    {
        var report = NewReport();
        report.Withdraw("样品不符", Now);
        report.IsValidOn(IssuedOn.AddDays(10)).ShouldBeFalse();
        report.StatusReason.ShouldBe("样品不符");
        report.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<TestReportStatusChanged>().Status.ShouldBe(TestReportStatus.Withdrawn);
    }

    [Fact]
    public void Should_Refuse_Withdrawal_When_Reason_Is_Blank()
    {
        var report = NewReport();
        Should.Throw<BusinessException>(() => report.Withdraw("  ", Now)).Code.ShouldBe(RobotPlanErrorCodes.TestReportReasonRequired);
        report.Status.ShouldBe(TestReportStatus.Valid);
    }

    [Fact]
    public void Should_Refuse_Withdrawal_When_Already_Withdrawn()
    {
        var report = NewReport();
        report.Withdraw("错误", Now);
        Should.Throw<BusinessException>(() => report.Withdraw("再次", Now)).Code.ShouldBe(RobotPlanErrorCodes.TestReportNotValid);
        report.StatusReason.ShouldBe("错误");
    }

    [Fact]
    public void Should_Point_To_Successor_When_Superseded()
    {
        var (old, successor) = (NewReport(), NewReport(number: "CQRT-2"));
        old.SupersedeBy(successor, Now);
        old.Status.ShouldBe(TestReportStatus.Superseded);
        old.SupersededById.ShouldBe(successor.Id);
        old.StatusChangedAt.ShouldBe(Now);
    }

    [Fact]
    public void Should_Refuse_Supersede_When_Not_Valid()
    {
        var old = NewReport();
        old.Withdraw("错误", Now);
        Should.Throw<BusinessException>(() => old.SupersedeBy(NewReport(number: "CQRT-2"), Now)).Code.ShouldBe(RobotPlanErrorCodes.TestReportNotValid);
        old.Status.ShouldBe(TestReportStatus.Withdrawn);
    }

    [Fact]
    public void Should_Expire_Once_When_Expiry_Date_Has_Come()
    {
        var report = NewReport(new DateOnly(2027, 3, 1));
        report.ExpireIfDue(new DateOnly(2027, 2, 28), Now).ShouldBeFalse();
        report.Status.ShouldBe(TestReportStatus.Valid);

        report.ExpireIfDue(new DateOnly(2027, 3, 1), Now).ShouldBeTrue();
        report.ExpireIfDue(new DateOnly(2027, 3, 2), Now.AddDays(1)).ShouldBeFalse();

        report.Status.ShouldBe(TestReportStatus.Expired);
        report.StatusChangedAt.ShouldBe(Now);
        report.DomainEvents.Count.ShouldBe(1);
    }

    [Fact]
    public void Should_Not_Expire_When_Withdrawn_Or_Without_Expiry()
    {
        var withdrawn = NewReport();
        withdrawn.Withdraw("错误", Now);
        withdrawn.ExpireIfDue(new DateOnly(2030, 1, 1), Now).ShouldBeFalse();
        withdrawn.Status.ShouldBe(TestReportStatus.Withdrawn);

        var open = new TestReport(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), "N", "合格", IssuedOn, null, Guid.CreateVersion7());
        open.ExpireIfDue(new DateOnly(2099, 1, 1), Now).ShouldBeFalse();
        open.IsValidOn(new DateOnly(2099, 1, 1)).ShouldBeTrue();
    }
}
