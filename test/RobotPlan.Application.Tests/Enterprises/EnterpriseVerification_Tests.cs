using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Accounts;
using RobotPlan.Enterprises;
using RobotPlan.Errors;
using RobotPlan.Files;
using RobotPlan.Identity;
using RobotPlan.Notifications;
using RobotPlan.Payouts;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.Enterprises;

/// <summary>企业实名核验 (issue #14, S-G): unverified until the district reviewer of its own jurisdiction verifies it.</summary>
public sealed class EnterpriseVerification_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private Task<T> Verification<T>(Func<IEnterpriseVerificationAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<IEnterpriseVerificationAppService>()));

    /// <summary>A new 渝北区 enterprise (A's district) with its user signed in.</summary>
    private async Task<(Guid EnterpriseId, string UserName)> RegisterAsync(string userName, string first17)
    {
        await host.LoginAsAsync(null);
        var registered = await host.WithScopeAsync(sp => sp.GetRequiredService<IAccountAppService>().RegisterEnterpriseAsync(new RegisterEnterpriseDto
        {
            UserName = userName, Password = "Secret#2025abc", DisplayName = "王经理", Uscc = Uscc.WithCheckCharacter(first17),
            LegalName = "重庆核验测试有限公司" + userName, Address = "重庆市渝北区金开大道 1 号",
            Contact = new ContactDto("王经理", "023-67000000", userName + "@example.cn"),
        }));
        await host.LoginAsAsync(userName);
        return (registered.EnterpriseId, userName);
    }

    private Task<EnterpriseVerificationDto> SubmitAsync(Guid enterpriseId) => Verification(s => s.SubmitAsync(enterpriseId,
        new SubmitVerificationDto { LegalRepresentative = "王大明" },
        new FileUpload(new MemoryStream(MinimalPdf.Create("licence")), "营业执照.pdf", MinimalPdf.Create("licence").Length)));

    private Task<PayoutHoldReason?> HoldAsync(Guid enterpriseId) =>
        host.WithScopeAsync(sp => sp.GetRequiredService<IPayeeHoldCheck>().FindHoldAsync(enterpriseId, null, host.Today));

    [Fact]
    public async Task Should_Be_Unverified_And_Held_From_Payouts_Until_Its_District_Verifies_It()
    {
        var (id, _) = await RegisterAsync("verify1", "91500112MA5XWF101");
        (await Verification(s => s.GetAsync(id))).Status.ShouldBe(EnterpriseVerificationStatus.Unverified);
        (await HoldAsync(id)).ShouldBe(PayoutHoldReason.Unverified);

        var submitted = await SubmitAsync(id);
        submitted.Status.ShouldBe(EnterpriseVerificationStatus.Submitted);
        submitted.BusinessLicence.ShouldNotBeNull().Sha256.Length.ShouldBe(64);

        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        var verified = await Verification(s => s.VerifyAsync(id, new DecideVerificationDto { ConcurrencyStamp = submitted.ConcurrencyStamp }));

        verified.Status.ShouldBe(EnterpriseVerificationStatus.Verified);
        verified.History.Select(h => (h.From, h.To, h.ActorRole)).ShouldBe([
            ("Unverified", "Submitted", RobotPlanRoles.Enterprise), ("Submitted", "Verified", RobotPlanRoles.DistrictReviewer)]);
        (await HoldAsync(id)).ShouldBe(PayoutHoldReason.NoBankAccount, "the next hold, not the verification");
    }

    [Fact]
    public async Task Should_Notify_Both_Ways_And_Keep_The_Reason_When_Rejected_Then_Verified_After_Resubmission()
    {
        var (id, _) = await RegisterAsync("verify2", "91500112MA5XWF202");
        var submitted = await SubmitAsync(id);
        var reviewer = await host.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == RobotPlanTestData.DistrictReviewerOfA));
        (await host.WithDbAsync(db => db.Set<Notification>().CountAsync(n => n.UserId == reviewer.Id
            && n.TextKey == "Notification:Enterprise:VerificationSubmitted"))).ShouldBeGreaterThan(0);

        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        var rejected = await Verification(s => s.RejectAsync(id,
            new RejectVerificationDto { Reason = "营业执照照片不清晰", ConcurrencyStamp = submitted.ConcurrencyStamp }));

        rejected.Status.ShouldBe(EnterpriseVerificationStatus.Rejected);
        rejected.RejectionReason.ShouldBe("营业执照照片不清晰");
        (await host.WithDbAsync(db => db.Set<Notification>().AnyAsync(n => n.EnterpriseId == id
            && n.TextKey == "Notification:Enterprise:VerificationRejected"))).ShouldBeTrue();

        await host.LoginAsAsync("verify2");
        var again = await SubmitAsync(id);
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        (await Verification(s => s.VerifyAsync(id, new DecideVerificationDto { ConcurrencyStamp = again.ConcurrencyStamp })))
            .History.Select(h => h.To).ShouldBe(["Submitted", "Rejected", "Submitted", "Verified"]);
    }

    [Fact]
    public async Task Should_Answer_Not_Found_When_Another_Districts_Reviewer_Decides()
    {
        var (id, _) = await RegisterAsync("verify3", "91500112MA5XWF303");
        var submitted = await SubmitAsync(id);

        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOther);
        await Should.ThrowAsync<EntityNotFoundException>(() =>
            Verification(s => s.VerifyAsync(id, new DecideVerificationDto { ConcurrencyStamp = submitted.ConcurrencyStamp })));
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        await Should.ThrowAsync<AuthorizationException>(() =>
            Verification(s => s.VerifyAsync(id, new DecideVerificationDto { ConcurrencyStamp = submitted.ConcurrencyStamp })));
        (await host.WithDbAsync(db => db.Enterprises.SingleAsync(e => e.Id == id))).VerificationStatus
            .ShouldBe(EnterpriseVerificationStatus.Submitted);
    }

    [Fact]
    public async Task Should_Refuse_A_Decision_When_Nothing_Was_Submitted()
    {
        var (id, _) = await RegisterAsync("verify4", "91500112MA5XWF404");
        var stamp = (await Verification(s => s.GetAsync(id))).ConcurrencyStamp;

        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        var error = await Should.ThrowAsync<BusinessException>(() =>
            Verification(s => s.VerifyAsync(id, new DecideVerificationDto { ConcurrencyStamp = stamp })));
        error.Code.ShouldBe(RobotPlanErrorCodes.VerificationNotSubmitted);
    }

    [Fact]
    public async Task Should_Have_Seeded_The_Demo_Enterprises_Verified()
    {
        (await host.WithDbAsync(db => db.Enterprises.Where(e => e.Id == host.Data.EnterpriseAId || e.Id == host.Data.EnterpriseBId)
            .Select(e => e.VerificationStatus).ToListAsync())).ShouldAllBe(s => s == EnterpriseVerificationStatus.Verified);
    }
}
