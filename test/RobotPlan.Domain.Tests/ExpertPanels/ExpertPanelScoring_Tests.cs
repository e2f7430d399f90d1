using RobotPlan.Domain.Tests.CatalogApplications;
using RobotPlan.Errors;
using RobotPlan.ExpertPanels;
using RobotPlan.Experts;
using RobotPlan.SeedWork;

namespace RobotPlan.Domain.Tests.ExpertPanels;

public sealed class ExpertPanelScoring_Tests
{
    private static readonly DateTime Now = CatalogApplicationFactory.Now;

    [Theory]
    [InlineData(60, 60, 60, true)]
    [InlineData(61, 60, 58, false)] // mean 59.67
    [InlineData(90, 45, 46, true)] // mean 60.33
    public void Should_Pass_Only_When_Mean_Reaches_Pass_Mark(int a, int b, int c, bool passed)
    {
        var f = new PanelFixture();
        var panel = f.Draw();

        f.DeclareAndScore(panel, panel.Members[0], a);
        f.DeclareAndScore(panel, panel.Members[1], b);
        panel.IsComplete.ShouldBeFalse();
        f.DeclareAndScore(panel, panel.Members[2], c);

        panel.IsComplete.ShouldBeTrue();
        panel.Passed.ShouldBe(passed);
        panel.MeanScore.ShouldBe(Math.Round((a + b + c) / 3m, 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Should_Hide_Scores_From_Other_Experts_Until_All_Are_In()
    {
        var f = new PanelFixture();
        var panel = f.Draw();
        var (first, second) = (panel.Members[0], panel.Members[1]);
        f.DeclareAndScore(panel, first, 70);

        panel.CanSeeScoresOf(first, first.ExpertUserId).ShouldBeTrue();
        panel.CanSeeScoresOf(first, second.ExpertUserId).ShouldBeFalse();
        panel.CanSeeScoresOf(first, null).ShouldBeFalse();

        f.DeclareAndScore(panel, second, 70);
        f.DeclareAndScore(panel, panel.Members[2], 70);
        panel.CanSeeScoresOf(first, second.ExpertUserId).ShouldBeTrue();
    }

    [Theory]
    [InlineData(41, 30, 29)] // above the criterion's weight
    [InlineData(-1, 30, 30)]
    public void Should_Refuse_Score_Outside_Zero_To_Weight(int tech, int market, int control)
    {
        var f = new PanelFixture();
        var panel = f.Draw();
        var expert = f.Profile(panel.Members[0].ExpertUserId);
        panel.DeclareNoConflict(expert, Now);

        Should.Throw<BusinessException>(() => panel.Score(expert,
            [new("技术先进性", tech, "x"), new("市场前景", market, "x"), new("自主可控", control, "x")], Now)).Code
            .ShouldBe(RobotPlanErrorCodes.ScoresInvalid);
    }

    [Fact]
    public void Should_Refuse_Scores_Missing_A_Criterion_Or_A_Comment()
    {
        var f = new PanelFixture();
        var panel = f.Draw();
        var expert = f.Profile(panel.Members[0].ExpertUserId);
        panel.DeclareNoConflict(expert, Now);

        Should.Throw<BusinessException>(() => panel.Score(expert, [new("技术先进性", 40, "x"), new("市场前景", 30, "x")], Now));
        Should.Throw<BusinessException>(() => panel.Score(expert,
            [new("技术先进性", 40, " "), new("市场前景", 30, "x"), new("自主可控", 30, "x")], Now));
        panel.Members[0].Status.ShouldBe(PanelMemberStatus.Accepted);
    }

    [Fact]
    public void Should_Refuse_Score_Before_Declaring_No_Conflict()
    {
        var f = new PanelFixture();
        var panel = f.Draw();

        Should.Throw<BusinessException>(() => panel.Score(f.Profile(panel.Members[0].ExpertUserId), PanelFixture.Scores(70), Now)).Code
            .ShouldBe(RobotPlanErrorCodes.PanelMemberState);
    }

    [Fact]
    public void Should_Refuse_Declaration_And_Score_When_Expert_Now_Has_A_Conflict()
    {
        var f = new PanelFixture();
        var panel = f.Draw();
        var expert = f.Profile(panel.Members[0].ExpertUserId);
        panel.DeclareNoConflict(expert, Now);
        // Four-eyes: the expert joined the applicant after the draw.
        expert.Change(new ExpertProfileDetails(["IR-WELD"], f.File.EnterpriseId, null, []));

        Should.Throw<BusinessException>(() => panel.Score(expert, PanelFixture.Scores(90), Now)).Code.ShouldBe(RobotPlanErrorCodes.ExpertHasConflict);
        var other = f.Profile(panel.Members[1].ExpertUserId);
        other.Change(new ExpertProfileDetails(["IR-WELD"], null, "高校", [f.File.EnterpriseId]));
        Should.Throw<BusinessException>(() => panel.DeclareNoConflict(other, Now)).Code.ShouldBe(RobotPlanErrorCodes.ExpertHasConflict);
    }

    [Fact]
    public void Should_Refuse_A_Non_Member_And_A_Recused_Member()
    {
        var f = new PanelFixture();
        var panel = f.Draw();
        var recused = f.Profile(panel.Members[0].ExpertUserId);
        panel.Recuse(recused.UserId, "回避", Now);
        var outsider = f.Pool.First(p => !panel.Members.Any(m => m.ExpertUserId == p.UserId));

        Should.Throw<BusinessException>(() => panel.DeclareNoConflict(outsider, Now)).Code.ShouldBe(RobotPlanErrorCodes.NotAPanelMember);
        Should.Throw<BusinessException>(() => panel.DeclareNoConflict(recused, Now)).Code.ShouldBe(RobotPlanErrorCodes.NotAPanelMember);
    }

    [Fact]
    public void Should_Refuse_Scoring_Twice()
    {
        var f = new PanelFixture();
        var panel = f.Draw();
        f.DeclareAndScore(panel, panel.Members[0], 70);

        Should.Throw<BusinessException>(() => panel.Score(f.Profile(panel.Members[0].ExpertUserId), PanelFixture.Scores(90), Now)).Code
            .ShouldBe(RobotPlanErrorCodes.PanelMemberState);
    }
}
