using RobotPlan.Reviews;
using RobotPlan.SeedWork;

namespace RobotPlan.Domain.Tests.Reviews;

public sealed class TransitionGuard_Tests
{
    private enum Step { Draft, Submitted, Review, Done }

    [Fact]
    public void Should_Throw_The_Callers_Code_With_Current_And_Wanted_State_When_Move_Is_Not_Listed()
    {
        var error = Should.Throw<BusinessException>(() => TransitionGuard.EnsureIn("Test:Illegal", Step.Draft, Step.Done, Step.Review));
        error.Code.ShouldBe("Test:Illegal");
        error.Field.ShouldBeNull();
        error.Arguments.ShouldBe([Step.Draft, Step.Done]);
    }

    [Fact]
    public void Should_Allow_The_Move_When_Current_State_Is_Listed() =>
        Should.NotThrow(() => TransitionGuard.EnsureIn("Test:Illegal", Step.Submitted, Step.Review, Step.Draft, Step.Submitted));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Should_Name_The_Reason_Field_When_Reason_Is_Blank(string? reason)
    {
        var error = Should.Throw<BusinessException>(() => TransitionGuard.RequireReason(reason, "Test:ReasonRequired"));
        error.Code.ShouldBe("Test:ReasonRequired");
        error.Field.ShouldBe("reason");
    }

    [Fact]
    public void Should_Keep_The_Reason_Trimmed_When_Given() =>
        TransitionGuard.RequireReason("  missing test report \n", "Test:ReasonRequired").ShouldBe("missing test report");
}
