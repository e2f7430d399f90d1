using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using RobotPlan.Application.Tests.CatalogApplications;
using RobotPlan.Application.Tests.SubsidyClaims;
using RobotPlan.CatalogApplications;
using RobotPlan.Errors;
using RobotPlan.Reviews;
using RobotPlan.ReviewTasks;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyPrograms;
using RobotPlan.Timing;

namespace RobotPlan.Application.Tests.ReviewTasks;

/// <summary>Issue #19 finding 8: one inbox per reviewer — catalog files and claims together, only their own, with working-day urgency.</summary>
public sealed class ReviewInbox_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly CatalogScenario _catalog = new(host);
    private readonly ClaimScenario _claims = new(host);

    private Task<ReviewTaskListDto> InboxAsync(GetReviewTasksInput? input = null) =>
        host.WithScopeAsync(sp => sp.GetRequiredService<IReviewTaskAppService>().GetListAsync(input ?? new()));

    private async Task<Guid> SubmittedClaimOfAAsync()
    {
        var program = await _claims.ProgramAsync(2032, SubsidyKind.InsuranceCompensation);
        var product = await _claims.ListedProductAsync();
        var policy = await _claims.PaidPolicyAsync(ClaimScenario.Delivery, [ClaimScenario.Unit(product.Id, ClaimScenario.NewBuyerUscc())]);
        return (await _claims.SubmitAsync(await _claims.CompensationDraftAsync(program.Id, policy.Id), RobotPlanTestData.EnterpriseAUser)).Id;
    }

    [Fact]
    public async Task Should_List_Its_Districts_Files_And_Claims_Together_When_A_District_Reviewer_Opens_The_Inbox()
    {
        var file = await _catalog.SubmittedAsync();
        var claimId = await SubmittedClaimOfAAsync();
        var inFinance = await _claims.CompensationInFinanceAsync(2032);

        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        var inbox = await InboxAsync();

        var fileRow = inbox.Items.Single(t => t.FileId == file.Id);
        fileRow.ShouldSatisfyAllConditions(
            t => t.Kind.ShouldBe(ReviewTaskKind.CatalogFile), t => t.Step.ShouldBe(ReviewStep.District),
            t => t.CatalogStatus.ShouldBe(CatalogApplicationStatus.Submitted), t => t.ContainerId.ShouldBe(file.BatchId),
            t => t.DistrictId.ShouldBe(host.Data.JurisdictionAId), t => t.DistrictName.ShouldNotBeNullOrWhiteSpace(),
            t => t.Urgency.ShouldBe(ReviewUrgency.InTime), t => t.WorkingDaysLeft.ShouldBeGreaterThan(ReviewDeadline.DueSoonWorkingDays));
        inbox.Items.Single(t => t.FileId == claimId).ShouldSatisfyAllConditions(
            t => t.Kind.ShouldBe(ReviewTaskKind.SubsidyClaim), t => t.Step.ShouldBe(ReviewStep.District),
            t => t.SubsidyKind.ShouldBe(SubsidyKind.InsuranceCompensation));
        inbox.Items.ShouldNotContain(t => t.FileId == inFinance.Id, "the claim is past the district's step");
        inbox.Items.ShouldAllBe(t => t.DistrictId == host.Data.JurisdictionAId);
        inbox.Districts.Select(d => d.Id).ShouldBe([host.Data.JurisdictionAId]);

        // Filters: kind, batch/programme, step, search.
        (await InboxAsync(new() { Kind = ReviewTaskKind.SubsidyClaim })).Items.ShouldAllBe(t => t.Kind == ReviewTaskKind.SubsidyClaim);
        (await InboxAsync(new() { ContainerId = file.BatchId })).Items.Select(t => t.ContainerId).Distinct().ShouldBe([file.BatchId]);
        (await InboxAsync(new() { Step = ReviewStep.Finance })).TotalCount.ShouldBe(0);
        var found = await InboxAsync(new() { Search = fileRow.ProductName![1..] });
        found.Items.ShouldContain(t => t.FileId == file.Id);
        var part = fileRow.ProductName[1..];
        found.Items.ShouldAllBe(t => t.ProductName!.Contains(part) || t.EnterpriseName!.Contains(part) || t.ContainerTitle!.Contains(part));
        found.AllCount.ShouldBe(inbox.AllCount, "the counts are over the whole inbox");

        // Another district sees neither; finance sees the claim waiting for it, and no catalog file.
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOther);
        (await InboxAsync()).Items.ShouldNotContain(t => t.FileId == file.Id || t.FileId == claimId);
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var finance = await InboxAsync();
        finance.Items.Single(t => t.FileId == inFinance.Id).Step.ShouldBe(ReviewStep.Finance);
        finance.Items.ShouldAllBe(t => t.Kind == ReviewTaskKind.SubsidyClaim && t.Step == ReviewStep.Finance);
    }

    [Theory]
    [InlineData(RobotPlanTestData.Expert)]
    [InlineData(RobotPlanTestData.EnterpriseAUser)]
    [InlineData(RobotPlanTestData.Administrator)]
    public async Task Should_Refuse_The_Inbox_When_The_User_Reviews_Nothing(string user)
    {
        await host.LoginAsAsync(user);

        await Should.ThrowAsync<AuthorizationException>(() => InboxAsync());
    }

    [Fact]
    public async Task Should_Flag_Due_Soon_Then_Overdue_And_Sort_By_Deadline_When_The_Clock_Reaches_The_Deadline()
    {
        // The fake clock only moves forward: the other tests of this class make their files relative to it.
        var file = await _catalog.SubmittedAsync();
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        var deadline = (await InboxAsync()).Items.Single(t => t.FileId == file.Id).Deadline;

        AdvanceTo(deadline);
        var dueToday = (await InboxAsync()).Items.Single(t => t.FileId == file.Id);
        dueToday.ShouldSatisfyAllConditions(t => t.Urgency.ShouldBe(ReviewUrgency.DueSoon), t => t.WorkingDaysLeft.ShouldBe(0));
        (await InboxAsync(new() { Urgency = ReviewUrgency.DueSoon })).Items.ShouldContain(t => t.FileId == file.Id);

        AdvanceTo(deadline.AddDays(1));
        var inbox = await InboxAsync(new() { Urgency = ReviewUrgency.Overdue });
        inbox.Items.Single(t => t.FileId == file.Id).Urgency.ShouldBe(ReviewUrgency.Overdue);
        inbox.OverdueCount.ShouldBeGreaterThanOrEqualTo(1);
        inbox.Items.ShouldAllBe(t => t.Urgency == ReviewUrgency.Overdue);

        // A file submitted today is due later: the overdue one comes first, and last when sorted the other way.
        var later = await _catalog.SubmittedAsync();
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        var byDeadline = (await InboxAsync()).Items;
        byDeadline.Select(t => t.Deadline).ShouldBe(byDeadline.Select(t => t.Deadline).Order());
        byDeadline.Select(t => t.FileId).ToList().IndexOf(file.Id).ShouldBeLessThan(byDeadline.Select(t => t.FileId).ToList().IndexOf(later.Id));
        var latestFirst = (await InboxAsync(new() { Sort = ReviewTaskSort.Deadline, Descending = true })).Items.Select(t => t.FileId).ToList();
        latestFirst.IndexOf(later.Id).ShouldBeLessThan(latestFirst.IndexOf(file.Id));
    }

    [Fact]
    public async Task Should_Export_The_Filtered_Rows_With_Headers_In_The_Users_Language()
    {
        var file = await _catalog.SubmittedAsync();
        await SubmittedClaimOfAAsync();
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        var filter = new GetReviewTasksInput { Kind = ReviewTaskKind.CatalogFile };
        var expected = await InboxAsync(filter);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");

        var download = await host.WithScopeAsync(sp => sp.GetRequiredService<IReviewTaskAppService>().ExportAsync(filter));

        download.FileName.ShouldEndWith(".xlsx");
        var rows = download.Content.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Count.ShouldBe(expected.TotalCount);
        rows.ShouldAllBe(r => (string?)r["类型"] == "目录申报");
        rows.ShouldContain(r => (string?)r["办理期限"] == expected.Items.Single(t => t.FileId == file.Id).Deadline.ToString("yyyy-MM-dd"));
        rows[0].Keys.ShouldContain("进入本环节（北京时间）");
    }

    [Fact]
    public async Task Should_Approve_Each_File_On_Its_Own_With_The_One_Comment_And_Say_Why_Others_Were_Refused_When_Approving_In_Bulk()
    {
        var file = await _catalog.SubmittedAsync();
        var claimId = await SubmittedClaimOfAAsync();
        var inFinance = await _claims.CompensationInFinanceAsync(2032);
        const string comment = "初审材料齐全，同意（批量）";

        // Another district's reviewer: A's file reads as missing, as everywhere, and stays where it was.
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOther);
        (await BulkApproveAsync(comment, Item(ReviewTaskKind.CatalogFile, file.Id, ReviewStep.District))).Files.ShouldHaveSingleItem()
            .Code.ShouldBe(RobotPlanErrorCodes.EntityNotFound);
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        (await FileAsync(file.Id)).Status.ShouldBe(CatalogApplicationStatus.Submitted);

        var result = await BulkApproveAsync(comment,
            Item(ReviewTaskKind.CatalogFile, file.Id, ReviewStep.District), Item(ReviewTaskKind.SubsidyClaim, inFinance.Id, ReviewStep.Finance),
            Item(ReviewTaskKind.SubsidyClaim, claimId, ReviewStep.District), Item(ReviewTaskKind.CatalogFile, file.Id, ReviewStep.District));

        // The refusals in the middle and at the end undo nothing; each says why in the user's language.
        result.ShouldSatisfyAllConditions(r => r.Approved.ShouldBe(2), r => r.Refused.ShouldBe(2));
        result.Files.Select(f => f.Approved).ShouldBe([true, false, true, false]);
        result.Files[1].Code.ShouldBe(RobotPlanErrorCodes.BulkApproveNotAllowed);
        result.Files[3].Code.ShouldBe(RobotPlanErrorCodes.TaskNoLongerInStep, "the first row already moved it on");
        result.Files.Where(f => !f.Approved).ShouldAllBe(f => !string.IsNullOrWhiteSpace(f.Message) && f.Message != f.Code);

        // Each approved file has its own history row with the comment; the finance step was not touched.
        var approvedFile = await FileAsync(file.Id);
        approvedFile.Status.ShouldBe(CatalogApplicationStatus.MunicipalReview);
        approvedFile.History.ShouldContain(h => h.To == CatalogApplicationStatus.MunicipalReview && h.Comment == comment);
        var claim = await host.WithScopeAsync(sp => sp.GetRequiredService<RobotPlan.SubsidyClaims.ISubsidyClaimAppService>().GetAsync(claimId));
        claim.Status.ShouldBe(RobotPlan.SubsidyClaims.SubsidyClaimStatus.MunicipalReview);
        claim.History.ShouldContain(h => h.To == RobotPlan.SubsidyClaims.SubsidyClaimStatus.MunicipalReview && h.Comment == comment);
        (await InboxAsync()).Items.ShouldNotContain(t => t.FileId == file.Id || t.FileId == claimId);
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        (await host.WithScopeAsync(sp => sp.GetRequiredService<RobotPlan.SubsidyClaims.ISubsidyClaimAppService>().GetAsync(inFinance.Id)))
            .Status.ShouldBe(RobotPlan.SubsidyClaims.SubsidyClaimStatus.FinanceReview);
    }

    private static BulkApproveItemDto Item(ReviewTaskKind kind, Guid id, ReviewStep step) => new() { Kind = kind, FileId = id, Step = step };

    private Task<BulkApproveResultDto> BulkApproveAsync(string comment, params BulkApproveItemDto[] items) =>
        host.WithScopeAsync(sp => sp.GetRequiredService<IReviewTaskAppService>().ApproveAsync(new() { Items = [.. items], Comment = comment }));

    private Task<CatalogApplicationDto> FileAsync(Guid id) =>
        host.WithScopeAsync(sp => sp.GetRequiredService<ICatalogApplicationAppService>().GetAsync(id));

    private void AdvanceTo(DateOnly day) =>
        host.Clock.SetUtcNow(BusinessCalendarClock.StartOfDayUtc(day).AddHours(8));
}
