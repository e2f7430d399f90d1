using RobotPlan.Domain.Tests.CatalogApplications;
using RobotPlan.Errors;
using RobotPlan.ExpertPanels;
using RobotPlan.SeedWork;

namespace RobotPlan.Domain.Tests.ExpertPanels;

public sealed class ExpertPanelDraw_Tests
{
    [Fact]
    public void Should_Exclude_Expert_Employed_By_Applicant_When_Drawing()
    {
        var f = new PanelFixture(3);
        var employee = PanelFixture.Expert("申报企业", f.File.EnterpriseId);
        f.Pool.Add(employee);

        ExpertPanelManager.Candidates(f.Pool, PanelFixture.Category, f.File.EnterpriseId).ShouldNotContain(employee.UserId);
        f.Draw().Members.Select(m => m.ExpertUserId).ShouldNotContain(employee.UserId);
    }

    [Fact]
    public void Should_Exclude_Expert_With_Declared_Conflict_When_Drawing()
    {
        var f = new PanelFixture(3);
        var conflicted = PanelFixture.Expert("高校", null, PanelFixture.Category, f.File.EnterpriseId);
        f.Pool.Add(conflicted);

        f.Draw().Candidates.ShouldNotContain(conflicted.UserId);
    }

    [Fact]
    public void Should_Exclude_Experts_Of_Other_Categories_When_Drawing()
    {
        var f = new PanelFixture(3);
        var other = PanelFixture.Expert("高校", category: "SR-REHAB");
        f.Pool.Add(other);

        f.Draw().Candidates.ShouldNotContain(other.UserId);
    }

    [Fact]
    public void Should_Draw_The_Same_Members_When_Seed_And_Candidates_Are_The_Same()
    {
        var f = new PanelFixture(12);
        var first = f.Draw().Members.Select(m => m.ExpertUserId).ToList();

        f.Draw().Members.Select(m => m.ExpertUserId).ShouldBe(first);
        first.Count.ShouldBe(3);
        first.Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void Should_Draw_Differently_When_Seed_Differs()
    {
        var f = new PanelFixture(12);

        // 12 experts in an ordered 3: five seeds all agreeing would be a broken generator.
        Enumerable.Range(1, 5).Select(seed => string.Join(",", f.Draw(seed).Members.Select(m => m.ExpertUserId)))
            .Distinct().Count().ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Should_Verify_An_Untouched_Draw_And_Detect_A_Swapped_Member()
    {
        var f = new PanelFixture(8);
        var panel = f.Draw();
        panel.Verify().ShouldBeTrue();

        var outsider = f.Pool.Select(p => p.UserId).First(id => !panel.IsActiveMember(id));
        typeof(PanelMember).GetProperty(nameof(PanelMember.ExpertUserId))!.SetValue(panel.Members[0], outsider);

        panel.Verify().ShouldBeFalse();
    }

    [Fact]
    public void Should_Refuse_Draw_When_Fewer_Candidates_Than_Experts_Per_File()
    {
        var f = new PanelFixture(2);

        Should.Throw<BusinessException>(() => f.Draw()).Code.ShouldBe(RobotPlanErrorCodes.NotEnoughExperts);
    }

    [Fact]
    public void Should_Draw_Replacement_From_Same_Seed_Sequence_When_Expert_Recuses()
    {
        var f = new PanelFixture(6);
        var panel = f.Draw();
        var leaving = panel.Members[1].ExpertUserId;
        var expected = PanelDraw.Order(PanelFixture.Seed, panel.Candidates)[3];

        var replacement = panel.Recuse(leaving, "曾参与该产品研发", CatalogApplicationFactory.Now);

        replacement.ShouldBe(expected);
        panel.IsActiveMember(leaving).ShouldBeFalse();
        panel.ActiveMembers.Count().ShouldBe(3);
        panel.Members.Single(m => m.ExpertUserId == leaving).Status.ShouldBe(PanelMemberStatus.Recused);
        panel.Verify().ShouldBeTrue();
    }

    [Fact]
    public void Should_Leave_Panel_Short_When_No_Candidate_Remains_After_Recusal()
    {
        var f = new PanelFixture(3);
        var panel = f.Draw();

        panel.Recuse(panel.Members[0].ExpertUserId, "回避", CatalogApplicationFactory.Now).ShouldBeNull();
        panel.ActiveMembers.Count().ShouldBe(2);
    }
}
