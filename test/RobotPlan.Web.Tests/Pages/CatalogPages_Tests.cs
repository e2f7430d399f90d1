using System.Net;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Pages;

/// <summary>The catalog pages (batches, applications, my tasks) render for the roles that use them, in zh-Hans by default.</summary>
public sealed class CatalogPages_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Theory]
    [InlineData(RobotPlanTestData.MunicipalReviewer, "/Catalogs/Batches/Index", "新建申报批次")]
    [InlineData(RobotPlanTestData.MunicipalReviewer, "/Catalogs/Batches/Create", "评分细则")]
    [InlineData(RobotPlanTestData.MunicipalReviewer, "/Catalogs/Batches/Details/{batch}", "办理进度")]
    [InlineData(RobotPlanTestData.MunicipalReviewer, "/Catalogs/Tasks/Index", "批次进度")]
    [InlineData(RobotPlanTestData.MunicipalReviewer, "/Catalogs/Applications/Index?status=Submitted", "入目录申报")]
    [InlineData(RobotPlanTestData.EnterpriseAUser, "/Catalogs/Batches/Index", "data-testid=\"apply\"")]
    [InlineData(RobotPlanTestData.EnterpriseAUser, "/Catalogs/Batches/Details/{batch}", "data-testid=\"apply\"")]
    [InlineData(RobotPlanTestData.EnterpriseAUser, "/Catalogs/Applications/Create?batchId={batch}", "LY-W6")]
    [InlineData(RobotPlanTestData.EnterpriseAUser, "/Catalogs/Applications/Index", "PG-")]
    [InlineData(RobotPlanTestData.EnterpriseAUser, "/Catalogs/Applications/Details/{file}", "办理记录")]
    [InlineData(RobotPlanTestData.DistrictReviewerOfA, "/Catalogs/Tasks/Index", "页面批次")]
    [InlineData(RobotPlanTestData.DistrictReviewerOfA, "/Catalogs/Applications/Details/{file}", "初审通过")]
    public async Task Should_Render_Page_When_Role_Uses_It(string user, string path, string expected)
    {
        var batch = await CatalogPageData.OpenBatchAsync(factory, "页面批次");
        var file = await CatalogPageData.SubmittedAsync(factory, batch, "PG-" + Guid.NewGuid().ToString("N")[..8]);
        var client = await PageClient.SignedInAsync(factory, user);

        using var response = await client.Http.GetAsync(path.Replace("{batch}", batch.ToString()).Replace("{file}", file.Id.ToString()));

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain(expected);
    }

    [Theory]
    [InlineData(RobotPlanTestData.EnterpriseAUser, "/Catalogs/Batches/Create")]
    [InlineData(RobotPlanTestData.EnterpriseAUser, "/Catalogs/Tasks/Index")]
    [InlineData(RobotPlanTestData.DistrictReviewerOfA, "/Catalogs/Batches/Create")]
    [InlineData(RobotPlanTestData.DistrictReviewerOfA, "/Catalogs/Applications/Create?batchId={batch}")]
    [InlineData(RobotPlanTestData.MunicipalReviewer, "/Catalogs/Applications/Create?batchId={batch}")]
    [InlineData(RobotPlanTestData.TestingBodyUser, "/Catalogs/Batches/Index")]
    [InlineData(RobotPlanTestData.TestingBodyUser, "/Catalogs/Applications/Index")]
    [InlineData(RobotPlanTestData.Expert, "/Catalogs/Tasks/Index")]
    public async Task Should_Send_To_Access_Denied_When_Role_Does_Not_Use_Page(string user, string path)
    {
        var batch = await CatalogPageData.OpenBatchAsync(factory, "拒绝批次");
        var client = await PageClient.SignedInAsync(factory, user);

        using var response = await client.Http.GetAsync(path.Replace("{batch}", batch.ToString()));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task Should_Send_Anonymous_Visitors_To_Login()
    {
        using var response = await (await PageClient.SignedInAsync(factory, null)).Http.GetAsync("/Catalogs/Batches/Index");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Should_Create_A_Batch_From_The_Form_With_Its_Window_In_Beijing_Time()
    {
        var municipal = await PageClient.SignedInAsync(factory, RobotPlanTestData.MunicipalReviewer);
        using var response = await municipal.PostFormAsync("/Catalogs/Batches/Create", "/Catalogs/Batches/Create", new()
        {
            ["Input.Catalog"] = "FirstUnit", ["Input.Year"] = "2026", ["Input.Title"] = "2026 年首台（套）第一批",
            ["Input.OpensAt"] = "2026-03-01T09:00", ["Input.ClosesAt"] = "2026-04-01T17:30", ["Input.RevisionDeadline"] = "2026-05-01T17:30",
            ["Input.Rubric[0].Name"] = "技术先进性", ["Input.Rubric[0].Weight"] = "70",
            ["Input.Rubric[1].Name"] = "市场前景", ["Input.Rubric[1].Weight"] = "30",
            ["Input.Rubric[2].Name"] = "", ["Input.Rubric[2].Weight"] = "",
            ["Input.ExpertsPerFile"] = "3", ["Input.PassMark"] = "60", ["Input.NoticeWorkingDays"] = "5", ["Input.ReviewWorkingDays"] = "10",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var html = await municipal.Http.GetStringAsync(response.Headers.Location!.OriginalString);
        html.ShouldContain("2026 年首台（套）第一批");
        html.ShouldContain("2026-03-01 09:00 – 2026-04-01 17:30");
        var opensAt = await factory.WithDbAsync(db => db.CatalogBatches.Where(b => b.Title == "2026 年首台（套）第一批").Select(b => b.OpensAt).SingleAsync());
        opensAt.ShouldBe(new DateTime(2026, 3, 1, 1, 0, 0));
    }

    [Fact]
    public async Task Should_Show_The_Rubric_Error_When_Weights_Do_Not_Total_100()
    {
        var municipal = await PageClient.SignedInAsync(factory, RobotPlanTestData.MunicipalReviewer);
        using var response = await municipal.PostFormAsync("/Catalogs/Batches/Create", "/Catalogs/Batches/Create", new()
        {
            ["Input.Catalog"] = "KeyProcurement", ["Input.Year"] = "2026", ["Input.Title"] = "权重不足批次",
            ["Input.OpensAt"] = "2026-03-01T09:00", ["Input.ClosesAt"] = "2026-04-01T17:30", ["Input.RevisionDeadline"] = "2026-05-01T17:30",
            ["Input.Rubric[0].Name"] = "技术先进性", ["Input.Rubric[0].Weight"] = "50",
            ["Input.ExpertsPerFile"] = "3", ["Input.PassMark"] = "60", ["Input.NoticeWorkingDays"] = "5", ["Input.ReviewWorkingDays"] = "10",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("合计 100");
    }

    [Fact]
    public async Task Should_Save_A_Draft_From_The_Application_Form_And_Show_The_Eligibility_Checklist()
    {
        var batch = await CatalogPageData.OpenBatchAsync(factory, "草稿批次");
        var product = await factory.WithDbAsync(db => db.Products.Where(p => p.Model == "LY-W6").Select(p => p.Id).SingleAsync());
        var enterprise = await PageClient.SignedInAsync(factory, RobotPlanTestData.EnterpriseAUser);
        var form = $"/Catalogs/Applications/Create?batchId={batch}";

        using var response = await enterprise.PostFormAsync(form, form, new()
        {
            ["Input.ProductId"] = product.ToString(), ["Input.KeyProcurement.Price"] = "128000.50",
            ["Input.KeyProcurement.AnnualCapacity"] = "300", ["Input.KeyProcurement.AfterSalesService"] = "渝北区 24 小时上门服务",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var html = await enterprise.Http.GetStringAsync(response.Headers.Location!.OriginalString);
        html.ShouldContain("渝北区 24 小时上门服务");
        html.ShouldContain("128,000.50");
        html.ShouldContain("data-testid=\"eligibility\"");
        html.ShouldContain("缺少必需的附件。");
        html.ShouldContain("data-testid=\"action-Submit\"");
    }

    [Fact]
    public async Task Should_Show_Each_Reason_When_Submission_Is_Refused()
    {
        var batch = await CatalogPageData.OpenBatchAsync(factory, "拒收批次");
        var draft = await CatalogPageData.DraftAsync(factory, batch, "NA-" + Guid.NewGuid().ToString("N")[..8], withAttachments: false);
        var enterprise = await PageClient.SignedInAsync(factory, RobotPlanTestData.EnterpriseAUser);
        var details = $"/Catalogs/Applications/Details/{draft.Id}";

        using var response = await enterprise.PostFormAsync(details, details + "?handler=Submit",
            new() { ["Action.ConcurrencyStamp"] = draft.ConcurrencyStamp });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("不符合申报条件，请查看各项原因。");
        html.ShouldContain("缺少必需的附件。");
    }

    [Fact]
    public async Task Should_Show_Only_The_Permitted_Buttons_And_The_History()
    {
        var batch = await CatalogPageData.OpenBatchAsync(factory, "按钮批次");
        var file = await CatalogPageData.SubmittedAsync(factory, batch, "BT-" + Guid.NewGuid().ToString("N")[..8]);
        var details = $"/Catalogs/Applications/Details/{file.Id}";

        var enterprise = await (await PageClient.SignedInAsync(factory, RobotPlanTestData.EnterpriseAUser)).Http.GetStringAsync(details);
        enterprise.ShouldContain("data-testid=\"action-Withdraw\"");
        enterprise.ShouldNotContain("action-Submit");
        enterprise.ShouldNotContain("action-DistrictApprove");
        enterprise.ShouldContain("草稿 → 已提交");
        enterprise.ShouldContain("企业用户");

        var district = await PageClient.SignedInAsync(factory, RobotPlanTestData.DistrictReviewerOfA);
        var districtHtml = await district.Http.GetStringAsync(details);
        foreach (var button in new[] { "DistrictApprove", "Return", "Reject" }) districtHtml.ShouldContain($"action-{button}\"");
        foreach (var button in new[] { "Withdraw", "Submit", "FormalApprove" }) districtHtml.ShouldNotContain($"action-{button}\"");

        var municipal = await PageClient.SignedInAsync(factory, RobotPlanTestData.MunicipalReviewer);
        (await municipal.Http.GetStringAsync(details)).ShouldNotContain("data-testid=\"actions\"");

        var otherDistrict = await PageClient.SignedInAsync(factory, RobotPlanTestData.DistrictReviewerOther);
        (await otherDistrict.Http.GetAsync(details)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var approved = await district.PostFormAsync(details, details + "?handler=DistrictApprove",
            new() { ["Action.ConcurrencyStamp"] = file.ConcurrencyStamp, ["Action.Comment"] = "材料齐全" });
        approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var municipalHtml = await municipal.Http.GetStringAsync(details);
        municipalHtml.ShouldContain("action-FormalApprove\"");
        municipalHtml.ShouldContain("区县初审 → 市级形式审查");
        municipalHtml.ShouldContain("材料齐全");
        municipalHtml.ShouldContain("区县经信部门");
        municipalHtml.ShouldContain("渝北区");
    }

    [Fact]
    public async Task Should_Say_Changed_By_Someone_Else_When_The_Stamp_Is_Stale()
    {
        var batch = await CatalogPageData.OpenBatchAsync(factory, "并发批次");
        var file = await CatalogPageData.SubmittedAsync(factory, batch, "CC-" + Guid.NewGuid().ToString("N")[..8]);
        var district = await PageClient.SignedInAsync(factory, RobotPlanTestData.DistrictReviewerOfA);
        var details = $"/Catalogs/Applications/Details/{file.Id}";

        using var response = await district.PostFormAsync(details, details + "?handler=Return",
            new() { ["Action.ConcurrencyStamp"] = "stale-stamp", ["Action.Reason"] = "请补充合同" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("该记录已被他人修改，请刷新后重试。");
    }

    [Fact]
    public async Task Should_Highlight_An_Overdue_File_In_The_District_Task_List()
    {
        var batch = await CatalogPageData.OpenBatchAsync(factory, "待办批次");
        var file = await CatalogPageData.SubmittedAsync(factory, batch, "TK-" + Guid.NewGuid().ToString("N")[..8]);
        // Waiting 30 days is past the default 10 working days whatever holidays fall in between.
        await factory.WithDbAsync(db => db.CatalogApplications.Where(a => a.Id == file.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.StatusChangedAt, DateTime.UtcNow.AddDays(-30))));
        var district = await PageClient.SignedInAsync(factory, RobotPlanTestData.DistrictReviewerOfA);

        var html = await district.Http.GetStringAsync("/Catalogs/Tasks/Index");

        html.ShouldContain("待办批次");
        html.ShouldContain("table-danger");
        html.ShouldContain("已超期");
    }

    /// <summary>
    /// Issue #16 item 7: an application form refused for a missing field comes back naming each file the enterprise had
    /// chosen, beside its input, in the reader's language (a browser never refills a file input, and no draft exists yet).
    /// </summary>
    [Theory]
    [InlineData("zh-Hans", "请重新选择")]
    [InlineData("en", "choose it again")]
    public async Task Should_Name_The_Files_To_Choose_Again_When_The_Application_Form_Returns_With_An_Error(string culture, string askAgain)
    {
        var batch = await CatalogPageData.OpenBatchAsync(factory, "附件批次");
        var enterprise = await PageClient.SignedInAsync(factory, RobotPlanTestData.EnterpriseAUser);
        enterprise.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        var form = $"/Catalogs/Applications/Create?batchId={batch}";

        using var response = await enterprise.PostMultipartAsync(form, form,
            new() { ["Input.KeyProcurement.Price"] = "286000" }, // no product chosen: refused
            [("Attachment.ApplicationForm", "申报书-第3版.pdf", Multipart.Pdf), ("Attachment.AfterSalesCommitment", "after-sales.pdf", Multipart.Pdf)]);

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("data-testid=\"files-to-choose-again\"");
        html.ShouldContain("申报书-第3版.pdf");
        html.ShouldContain("after-sales.pdf");
        html.ShouldContain(askAgain);
        (await factory.WithDbAsync(db => db.CatalogApplications.CountAsync(a => a.BatchId == batch))).ShouldBe(0);
    }
}
