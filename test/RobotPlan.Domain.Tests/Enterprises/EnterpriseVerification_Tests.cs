using RobotPlan.CatalogApplications;
using RobotPlan.Enterprises;
using RobotPlan.Errors;
using RobotPlan.SeedWork;
using S = RobotPlan.Enterprises.EnterpriseVerificationStatus;
using RobotPlan.Reviews;

namespace RobotPlan.Domain.Tests.Enterprises;

/// <summary>企业实名核验 (issue #14): the enterprise's verification guards its own transitions and records each one .</summary>
public sealed class EnterpriseVerification_Tests
{
    private static readonly ReviewActor Owner = new(Guid.NewGuid(), "王经理", "Enterprise", null);
    private static readonly ReviewActor District = new(Guid.NewGuid(), "渝北区审核员", "DistrictReviewer", Guid.NewGuid());
    private static readonly DateTime Now = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    private static Enterprise NewEnterprise() => new(Uscc.WithCheckCharacter("91500112MA5U1LY01"), "重庆凌云智能装备有限公司", "渝北区",
        Guid.CreateVersion7(), new ContactInfo("张经理", "023-67880001", "a@example.cn"), crossRegionException: false);

    [Fact]
    public void Should_Start_Unverified() => NewEnterprise().IsVerified.ShouldBeFalse();

    [Fact]
    public void Should_Record_Each_Step_When_Submitted_Rejected_Resubmitted_And_Verified()
    {
        var enterprise = NewEnterprise();
        enterprise.SubmitForVerification(Guid.NewGuid(), " 王大明 ", Owner, Now);
        enterprise.RejectVerification("照片不清晰", District, Now.AddHours(1));
        enterprise.SubmitForVerification(Guid.NewGuid(), "王大明", Owner, Now.AddHours(2));
        enterprise.Verify(District, Now.AddHours(3));

        enterprise.IsVerified.ShouldBeTrue();
        enterprise.LegalRepresentative.ShouldBe("王大明");
        enterprise.VerificationHistory.Select(h => (h.Sequence, h.From, h.To)).ShouldBe([
            (1, S.Unverified, S.Submitted), (2, S.Submitted, S.Rejected), (3, S.Rejected, S.Submitted), (4, S.Submitted, S.Verified)]);
        enterprise.VerificationHistory[1].ShouldSatisfyAllConditions(
            h => h.Comment.ShouldBe("照片不清晰"), h => h.ActorRole.ShouldBe("DistrictReviewer"), h => h.ActorJurisdictionId.ShouldBe(District.JurisdictionId));
    }

    [Fact]
    public void Should_Refuse_A_Decision_When_Nothing_Is_Submitted()
    {
        var enterprise = NewEnterprise();
        Should.Throw<BusinessException>(() => enterprise.Verify(District, Now)).Code.ShouldBe(RobotPlanErrorCodes.VerificationNotSubmitted);
        Should.Throw<BusinessException>(() => enterprise.RejectVerification("x", District, Now)).Code.ShouldBe(RobotPlanErrorCodes.VerificationNotSubmitted);
        enterprise.VerificationHistory.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Require_A_Reason_When_Rejecting()
    {
        var enterprise = NewEnterprise();
        enterprise.SubmitForVerification(Guid.NewGuid(), "王大明", Owner, Now);
        Should.Throw<BusinessException>(() => enterprise.RejectVerification(" ", District, Now)).Field.ShouldBe("reason");
        enterprise.VerificationStatus.ShouldBe(S.Submitted);
    }

    [Fact]
    public void Should_Refuse_A_New_Submission_When_Already_Verified()
    {
        var enterprise = NewEnterprise();
        enterprise.SubmitForVerification(Guid.NewGuid(), "王大明", Owner, Now);
        enterprise.Verify(District, Now);
        Should.Throw<BusinessException>(() => enterprise.SubmitForVerification(Guid.NewGuid(), "李四", Owner, Now))
            .Code.ShouldBe(RobotPlanErrorCodes.AlreadyVerified);
    }

    [Fact]
    public void Should_Go_Back_To_Its_District_With_The_Claimants_Licence_When_The_Uscc_Is_Transferred()
    {
        var enterprise = NewEnterprise();
        enterprise.SubmitForVerification(Guid.NewGuid(), "抢注人", Owner, Now);
        enterprise.Verify(District, Now);
        var licence = Guid.NewGuid();

        enterprise.ResubmitAfterTransfer(licence, "真正的法定代表人", Owner, Now, "USCC transferred");

        enterprise.ShouldSatisfyAllConditions(e => e.VerificationStatus.ShouldBe(S.Submitted), e => e.BusinessLicenceFileId.ShouldBe(licence),
            e => e.LegalRepresentative.ShouldBe("真正的法定代表人"));
    }
}

/// <summary>R-1/R-3 (issue #14): the jurisdictions a USCC's division code allows.</summary>
public sealed class UsccJurisdiction_Tests
{
    private static readonly IReadOnlySet<string> Districts = new HashSet<string>
    {
        "500105", "500106", "500107", "500109", "500110", "500112", "500115", "500116", "500120", "500103",
    };

    [Theory]
    [InlineData("91500105MA5XJB101", new[] { "500105", "LJXQ" })] // 江北区, part of 两江新区
    [InlineData("91500112MA5XJB101", new[] { "500112", "LJXQ" })] // 渝北区
    [InlineData("91500109MA5XJB101", new[] { "500109", "LJXQ", "GXQ" })] // 北碚区: both zones cover part of it
    [InlineData("91500227MA5XJB101", new[] { "500120", "GXQ" })] // 璧山县 (before 2014) → 璧山区
    [InlineData("91500221MA5XJB101", new[] { "500115" })] // 长寿县 → 长寿区
    [InlineData("91500110MA5XJB101", new[] { "500110", "WSJKQ" })] // 綦江区 (500110 was 万盛区)
    [InlineData("91500103MA5XJB101", new[] { "500103" })] // 渝中区: no zone
    [InlineData("91500000MA61LJ003", new string[0])] // municipal-level authority: names no district
    [InlineData("91350100M000100Y4", new string[0])] // outside Chongqing
    public void Should_Allow_The_District_Of_The_Code_And_The_Zones_Covering_It(string first17, string[] expected) =>
        UsccJurisdiction.AllowedJurisdictionCodes(Uscc.WithCheckCharacter(first17), Districts).ShouldBe(expected);
}
