using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Data;
using RobotPlan.Errors;
using RobotPlan.Files;
using RobotPlan.Identity;
using RobotPlan.SeedWork;
using RobotPlan.TestReports;

namespace RobotPlan.Application.Tests.TestReports;

public sealed class TestReportIssue_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private Task<T> Reports<T>(Func<ITestReportAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<ITestReportAppService>()));

    private static FileUpload Pdf(string text = "report") => TestPdf.UniqueUpload(text);

    private static IssueTestReportDto Issue(string number, string uscc = "", string model = "LY-W6") => new()
    {
        Uscc = uscc == "" ? RobotPlanTestData.EnterpriseAUscc : uscc, Model = model, Number = number, Conclusion = "合格",
        IssuedOn = new DateOnly(2025, 9, 20), ExpiresOn = new DateOnly(2027, 9, 20),
    };

    private async Task<TestReportDto> IssueAsTestingBodyAsync(string number)
    {
        await host.LoginAsAsync(RobotPlanTestData.TestingBodyUser);
        return await Reports(s => s.IssueAsync(Issue(number), Pdf()));
    }

    [Fact]
    public async Task Should_Issue_Report_For_Product_Found_By_Uscc_And_Model()
    {
        await host.LoginAsAsync(RobotPlanTestData.TestingBodyUser);
        var report = await Reports(s => s.IssueAsync(Issue("T-1", " " + RobotPlanTestData.EnterpriseAUscc.ToLowerInvariant() + " "), Pdf()));

        report.ShouldSatisfyAllConditions(
            r => r.Status.ShouldBe(TestReportStatus.Valid),
            r => r.EnterpriseId.ShouldBe(host.Data.EnterpriseAId),
            r => r.ProductModel.ShouldBe("LY-W6"),
            r => r.TestingBodyId.ShouldBe(host.Data.TestingBodyId),
            r => r.File.ShouldNotBeNull().ContentType.ShouldBe("application/pdf"));
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        (await Reports(s => s.GetAsync(report.Id))).Number.ShouldBe("T-1");
    }

    [Theory]
    [InlineData("", "NO-SUCH-MODEL")]
    [InlineData("91500103MA5XNEW01X", "LY-W6")]
    public async Task Should_Refuse_Issue_When_Product_Not_Found(string uscc, string model)
    {
        await host.LoginAsAsync(RobotPlanTestData.TestingBodyUser);
        var error = await Should.ThrowAsync<BusinessException>(() => Reports(s => s.IssueAsync(Issue("T-NF" + model, uscc, model), Pdf())));
        error.Code.ShouldBe(RobotPlanErrorCodes.ProductNotFoundForReport);
        error.Field.ShouldBe("model");
    }

    [Fact]
    public async Task Should_Refuse_Issue_When_Number_Already_Used_By_The_Body()
    {
        await IssueAsTestingBodyAsync("T-DUP");
        var error = await Should.ThrowAsync<BusinessException>(() => Reports(s => s.IssueAsync(Issue("T-DUP", model: "LY-P180"), Pdf())));
        error.Code.ShouldBe(RobotPlanErrorCodes.DuplicateTestReportNumber);
    }

    /// <summary>R-4, issue #19 finding 10: the same document (SHA-256) is never a second report — not for another enterprise, not as its own successor.</summary>
    [Fact]
    public async Task Should_Refuse_Report_When_Its_File_Is_Already_On_Record()
    {
        await host.LoginAsAsync(RobotPlanTestData.TestingBodyUser);
        var bytes = TestPdf.Unique("identical report");
        FileUpload Same() => new(new MemoryStream(bytes), "report.pdf", bytes.Length);
        var first = await Reports(s => s.IssueAsync(Issue("T-SHA-1"), Same()));

        var forAnotherEnterprise = await Should.ThrowAsync<BusinessException>(() =>
            Reports(s => s.IssueAsync(Issue("T-SHA-2", RobotPlanTestData.EnterpriseBUscc, "RV-40E"), Same())));
        var asItsSuccessor = await Should.ThrowAsync<BusinessException>(() => Reports(s => s.SupersedeAsync(first.Id, new SupersedeTestReportDto
        {
            Number = "T-SHA-3", Conclusion = "复检合格", IssuedOn = new DateOnly(2025, 9, 25), ConcurrencyStamp = first.ConcurrencyStamp,
        }, Same())));

        foreach (var error in new[] { forAnotherEnterprise, asItsSuccessor })
        {
            error.Code.ShouldBe(RobotPlanErrorCodes.DuplicateTestReportFile);
            error.Field.ShouldBe("file");
        }
        (await host.WithDbAsync(db => db.TestReports.CountAsync(r => r.Number.StartsWith("T-SHA-")))).ShouldBe(1);
        (await Reports(s => s.GetAsync(first.Id))).Status.ShouldBe(TestReportStatus.Valid);
        // A different file is still accepted for the same product.
        (await Reports(s => s.IssueAsync(Issue("T-SHA-4"), Pdf()))).Status.ShouldBe(TestReportStatus.Valid);
    }

    [Fact]
    public async Task Should_Refuse_Report_File_When_Not_Pdf()
    {
        await host.LoginAsAsync(RobotPlanTestData.TestingBodyUser);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0];
        var error = await Should.ThrowAsync<BusinessException>(() =>
            Reports(s => s.IssueAsync(Issue("T-PNG"), new FileUpload(new MemoryStream(png), "r.pdf", png.Length))));
        error.Code.ShouldBe(RobotPlanErrorCodes.UploadPdfRequired);
        (await host.WithDbAsync(db => db.TestReports.AnyAsync(r => r.Number == "T-PNG"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Supersede_Valid_Report_With_A_New_One()
    {
        var old = await IssueAsTestingBodyAsync("T-OLD");

        var successor = await Reports(s => s.SupersedeAsync(old.Id, new SupersedeTestReportDto
        {
            Number = "T-NEW", Conclusion = "复检合格", IssuedOn = new DateOnly(2025, 9, 25), ConcurrencyStamp = old.ConcurrencyStamp,
        }, Pdf("new")));

        successor.ProductId.ShouldBe(old.ProductId);
        var reloaded = await Reports(s => s.GetAsync(old.Id));
        reloaded.Status.ShouldBe(TestReportStatus.Superseded);
        reloaded.SupersededById.ShouldBe(successor.Id);
        var again = await Should.ThrowAsync<BusinessException>(() => Reports(s => s.SupersedeAsync(old.Id, new SupersedeTestReportDto
        {
            Number = "T-NEW2", Conclusion = "x", IssuedOn = new DateOnly(2025, 9, 25),
        }, Pdf())));
        again.Code.ShouldBe(RobotPlanErrorCodes.TestReportNotValid);
        (await host.WithDbAsync(db => db.TestReports.AnyAsync(r => r.Number == "T-NEW2"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Withdraw_Valid_Report_With_Reason()
    {
        var report = await IssueAsTestingBodyAsync("T-WD");
        var withdrawn = await Reports(s => s.WithdrawAsync(report.Id, new WithdrawTestReportDto { Reason = "送检样品与型号不符" }));
        withdrawn.Status.ShouldBe(TestReportStatus.Withdrawn);
        withdrawn.StatusReason.ShouldBe("送检样品与型号不符");
        withdrawn.StatusChangedAt.ShouldBe(host.Clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task Should_Conflict_When_Withdraw_Uses_A_Stale_Stamp()
    {
        var report = await IssueAsTestingBodyAsync("T-STALE");
        await Reports(s => s.WithdrawAsync(report.Id, new WithdrawTestReportDto { Reason = "第一次", ConcurrencyStamp = report.ConcurrencyStamp }));
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            Reports(s => s.WithdrawAsync(report.Id, new WithdrawTestReportDto { Reason = "第二次", ConcurrencyStamp = report.ConcurrencyStamp })));
    }

    [Fact]
    public async Task Should_Answer_Not_Found_When_Another_Testing_Body_Acts_On_The_Report()
    {
        var report = await IssueAsTestingBodyAsync("T-OTHER");
        await host.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EntityFrameworkCore.RobotPlanDbContext>();
            var otherBody = await db.TestingBodies.Where(b => b.Id != host.Data.TestingBodyId).Select(b => b.Id).FirstAsync();
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = "testing-other", Email = "o@example.cn", DisplayName = "其他检测机构", TestingBodyId = otherBody };
            (await users.CreateAsync(user, DemoUsers.Password)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, RobotPlanRoles.TestingBody)).Succeeded.ShouldBeTrue();
        });
        await host.LoginAsAsync("testing-other");

        await Should.ThrowAsync<EntityNotFoundException>(() => Reports(s => s.GetAsync(report.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => Reports(s => s.WithdrawAsync(report.Id, new WithdrawTestReportDto { Reason = "x" })));
        (await Reports(s => s.GetListAsync(new GetTestReportsInput()))).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_List_Reports_By_Role_Scope()
    {
        await IssueAsTestingBodyAsync("T-SCOPE");
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        (await Reports(s => s.GetListAsync(new GetTestReportsInput { MaxResultCount = 100 }))).Items
            .ShouldAllBe(r => r.EnterpriseId == host.Data.EnterpriseAId);
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOther);
        var other = await Reports(s => s.GetListAsync(new GetTestReportsInput { MaxResultCount = 100 }));
        other.Items.ShouldNotBeEmpty();
        other.Items.ShouldAllBe(r => r.EnterpriseId == host.Data.EnterpriseBId);
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        (await Reports(s => s.GetListAsync(new GetTestReportsInput { Status = TestReportStatus.Valid, MaxResultCount = 100 }))).Items
            .Select(r => r.EnterpriseId).Distinct().Count().ShouldBe(4);
    }
}
