using RobotPlan.Enterprises;

namespace RobotPlan.Domain.Tests.Enterprises;

public sealed class Uscc_Tests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // domain.md's example
    [InlineData("91110000600037341L")]
    public void Should_Accept_Code_When_Check_Character_Matches(string code) => Uscc.IsValid(code).ShouldBeTrue();

    [Theory]
    [InlineData("91350100M000100Y44")] // wrong check character
    [InlineData("91350100M000100Y4")] // 17 characters
    [InlineData("91350100M000100Y433")] // 19 characters
    [InlineData("91350100I000100Y43")] // I is not in the alphabet
    [InlineData("91350100O000100Y43")] // O is not in the alphabet
    [InlineData("91350100S000100Y43")] // S is not in the alphabet
    [InlineData("")]
    public void Should_Refuse_Code_When_Malformed(string code) => Uscc.IsValid(code).ShouldBeFalse();

    [Fact]
    public void Should_Trim_And_Uppercase_When_Normalizing() =>
        Uscc.Normalize("  91350100m000100y43 ").ShouldBe("91350100M000100Y43");

    [Fact]
    public void Should_Return_Null_When_Normalizing_Invalid_Code() => Uscc.Normalize("not-a-code").ShouldBeNull();

    [Theory]
    [InlineData("91350100M000100Y43", false)]
    [InlineData("91500112MA5U1LY01", true)]
    public void Should_Tell_Chongqing_By_Division_Code(string code, bool chongqing)
    {
        if (code.Length == 17) code = Uscc.WithCheckCharacter(code);
        Uscc.IsChongqing(code).ShouldBe(chongqing);
    }

    [Fact]
    public void Should_Compute_The_Documented_Check_Character() =>
        Uscc.WithCheckCharacter("91350100M000100Y4").ShouldBe("91350100M000100Y43");
}
