using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Application.Tests.CatalogApplications;
using RobotPlan.CatalogListings;
using RobotPlan.Enterprises;
using RobotPlan.Errors;
using RobotPlan.Files;
using RobotPlan.SeedWork;
using R = RobotPlan.CatalogApplications.EligibilityRule;

namespace RobotPlan.Application.Tests.Enterprises;

/// <summary>Issue #14: a squatted USCC is recovered by its real owner through an administrator's decision.</summary>
public sealed class UsccDispute_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly CatalogScenario _catalog = new(host);

    private Task<T> Disputes<T>(Func<IUsccDisputeAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<IUsccDisputeAppService>()));

    private async Task<UsccDisputeReceiptDto> FileAsync(string userName, string uscc)
    {
        await host.LoginAsAsync(null);
        var pdf = MinimalPdf.Create("licence of the real owner");
        return await Disputes(s => s.FileAsync(new FileUsccDisputeDto
        {
            UserName = userName, Password = "Secret#2025abc", DisplayName = "真正的经理", Email = userName + "@example.cn", Uscc = uscc,
            LegalName = "重庆凌云智能装备有限公司", LegalRepresentative = "赵真", Statement = "本企业从未授权他人注册。",
        }, new FileUpload(new MemoryStream(pdf), "营业执照.pdf", pdf.Length)));
    }

    [Fact]
    public async Task Should_Move_The_Enterprise_To_The_Claimant_And_Unbind_The_Old_Account_When_Transferred()
    {
        var product = await _catalog.ProductAsync();
        await _catalog.IssueReportAsync(product);
        var draft = await _catalog.AttachRequiredAsync(await _catalog.DraftAsync(await _catalog.BatchAsync(CatalogKind.FirstUnit), product));
        var receipt = await FileAsync("realowner", RobotPlanTestData.EnterpriseAUscc);
        (await host.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == receipt.UserId))).EnterpriseId.ShouldBeNull();

        await host.LoginAsAsync(RobotPlanTestData.Administrator);
        var stamp = (await Disputes(s => s.GetAsync(receipt.Id))).ConcurrencyStamp;
        var decided = await Disputes(s => s.TransferAsync(receipt.Id, new DecideUsccDisputeDto { Comment = "执照核实无误", ConcurrencyStamp = stamp }));

        decided.Status.ShouldBe(UsccDisputeStatus.Transferred);
        decided.History.Single().ShouldSatisfyAllConditions(h => h.To.ShouldBe("Transferred"), h => h.Comment.ShouldBe("执照核实无误"));
        (await host.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == RobotPlanTestData.EnterpriseAUser))).EnterpriseId.ShouldBeNull();
        (await host.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == receipt.UserId))).EnterpriseId.ShouldBe(host.Data.EnterpriseAId);
        var enterprise = await host.WithDbAsync(db => db.Enterprises.SingleAsync(e => e.Id == host.Data.EnterpriseAId));
        enterprise.VerificationStatus.ShouldBe(EnterpriseVerificationStatus.Submitted, "its district checks the real owner");
        enterprise.LegalRepresentative.ShouldBe("赵真");

        // The real owner sees the enterprise's file, and cannot apply until the district verifies it.
        await host.LoginAsAsync("realowner");
        (await _catalog.Applications(s => s.GetEligibilityAsync(draft.Id))).Checks.Where(c => !c.Passed).Select(c => c.Rule)
            .ShouldBe([R.EnterpriseVerified]);
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        await host.WithScopeAsync(sp => sp.GetRequiredService<IEnterpriseVerificationAppService>()
            .VerifyAsync(host.Data.EnterpriseAId, new DecideVerificationDto { ConcurrencyStamp = enterprise.ConcurrencyStamp }));
        await host.LoginAsAsync("realowner");
        (await _catalog.Applications(s => s.GetEligibilityAsync(draft.Id))).IsEligible.ShouldBeTrue();

        // The old account lost the enterprise's records.
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        await Should.ThrowAsync<EntityNotFoundException>(() => _catalog.Applications(s => s.GetAsync(draft.Id)));
    }

    [Fact]
    public async Task Should_Keep_Everything_And_Tell_The_Claimant_Why_When_Dismissed()
    {
        var receipt = await FileAsync("pretender", RobotPlanTestData.EnterpriseBUscc);
        await host.LoginAsAsync(RobotPlanTestData.Administrator);
        var stamp = (await Disputes(s => s.GetAsync(receipt.Id))).ConcurrencyStamp;

        var decided = await Disputes(s => s.DismissAsync(receipt.Id, new DismissUsccDisputeDto { Reason = "执照与信用代码不符", ConcurrencyStamp = stamp }));

        decided.Status.ShouldBe(UsccDisputeStatus.Dismissed);
        (await host.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == RobotPlanTestData.EnterpriseBUser))).EnterpriseId
            .ShouldBe(host.Data.EnterpriseBId);
        await host.LoginAsAsync("pretender");
        (await Disputes(s => s.GetMineAsync())).Single().History.Single().Comment.ShouldBe("执照与信用代码不符");
        await host.LoginAsAsync(RobotPlanTestData.Administrator);
        (await Should.ThrowAsync<BusinessException>(() =>
            Disputes(s => s.TransferAsync(receipt.Id, new DecideUsccDisputeDto { ConcurrencyStamp = decided.ConcurrencyStamp }))))
            .Code.ShouldBe(RobotPlanErrorCodes.DisputeNotOpen);

        // the decision is a row of the hash-chained dispute history, and the chain verifies (an audit
        // administrator's task under 三员分立).
        await host.LoginAsAsync(RobotPlanTestData.AuditAdministrator);
        var chains = await host.WithScopeAsync(sp => sp.GetRequiredService<RobotPlan.HistoryChains.IHistoryChainAppService>().VerifyAsync());
        chains.Chains.Single(c => c.Chain == nameof(UsccDisputeHistoryEntry)).ShouldSatisfyAllConditions(
            c => c.Rows.ShouldBeGreaterThan(0), c => c.Intact.ShouldBeTrue());
    }

    [Fact]
    public async Task Should_Refuse_A_Dispute_About_A_Uscc_Nobody_Registered()
    {
        var uscc = Uscc.WithCheckCharacter("91500112MA5XFR101");
        var error = await Should.ThrowAsync<BusinessException>(() => FileAsync("nobody", uscc));

        error.Code.ShouldBe(RobotPlanErrorCodes.UsccNotRegistered);
        error.Field.ShouldBe("uscc");
        (await host.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "nobody"))).ShouldBeFalse("the account is rolled back");
    }

    [Fact]
    public async Task Should_Hide_A_Dispute_From_Everyone_But_Administrators_And_Its_Claimant()
    {
        var receipt = await FileAsync("curious", Uscc.WithCheckCharacter("91500108MA5YBY004"));
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseBUser);
        await Should.ThrowAsync<EntityNotFoundException>(() => Disputes(s => s.GetAsync(receipt.Id)));
        await host.LoginAsAsync("curious");
        (await Disputes(s => s.GetAsync(receipt.Id))).Status.ShouldBe(UsccDisputeStatus.Open);
        var error = await Should.ThrowAsync<BusinessException>(() => FileAsync("curious2", Uscc.WithCheckCharacter("91500108MA5YBY004")));
        error.Code.ShouldBe(RobotPlanErrorCodes.DisputeAlreadyOpen);
    }
}
