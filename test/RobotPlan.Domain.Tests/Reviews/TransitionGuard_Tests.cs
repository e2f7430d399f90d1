using RobotPlan.Reviews;
using RobotPlan.SeedWork;

namespace RobotPlan.Domain.Tests.Reviews;

public sealed class TransitionGuard_Tests
{
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
