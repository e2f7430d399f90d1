using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Announcements;
using RobotPlan.Application.Tests.CatalogApplications;
using RobotPlan.CatalogListings;
using RobotPlan.Errors;
using RobotPlan.Files;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.Announcements;

/// <summary>通知公告: public from the publish time until expiry or withdrawal; only municipal reviewers keep them.</summary>
public sealed class Announcement_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private Task<T> Service<T>(Func<IAnnouncementAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<IAnnouncementAppService>()));

    private DateTime LocalNow => RobotPlan.CatalogBatches.CatalogBatchMapper.ToLocal(host.Clock.GetUtcNow().UtcDateTime);

    private async Task<AnnouncementDto> CreateAsync(string title, TimeSpan? publishIn = null, TimeSpan? expiresIn = null, Guid? batchId = null)
    {
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        return await Service(s => s.CreateAsync(new SaveAnnouncementDto
        {
            Kind = AnnouncementKind.CallForApplications, Title = title, Body = "各区县经济信息委：现开展 2025 年度目录申报工作。",
            BatchId = batchId, PublishAt = publishIn is { } p ? LocalNow + p : null, ExpiresAt = expiresIn is { } e ? LocalNow + e : null,
        }));
    }

    private async Task<List<string>> PublicTitlesAsync()
    {
        await host.LoginAsAsync(null);
        return (await Service(s => s.GetPublicListAsync(new GetAnnouncementsInput { MaxResultCount = 100 }))).Items.Select(a => a.Title).ToList();
    }

    [Fact]
    public async Task Should_Be_Public_From_Its_Publish_Time_Until_It_Expires_Or_Is_Withdrawn()
    {
        var batch = await new CatalogScenario(host).BatchAsync(CatalogKind.FirstUnit);
        var scheduled = await CreateAsync("定时通知", publishIn: TimeSpan.FromHours(2), expiresIn: TimeSpan.FromDays(3), batchId: batch.Id);
        var now = await CreateAsync("即时通知");
        scheduled.BatchTitle.ShouldBe(batch.Title);

        (await PublicTitlesAsync()).ShouldContain("即时通知");
        (await PublicTitlesAsync()).ShouldNotContain("定时通知");
        await Should.ThrowAsync<EntityNotFoundException>(() => Service(s => s.GetPublicAsync(scheduled.Id)));

        host.Clock.Advance(TimeSpan.FromHours(3));
        (await PublicTitlesAsync()).ShouldContain("定时通知");
        (await Service(s => s.GetPublicAsync(scheduled.Id))).IsPublic.ShouldBeTrue();

        host.Clock.Advance(TimeSpan.FromDays(3));
        (await PublicTitlesAsync()).ShouldNotContain("定时通知");

        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        await Service(s => s.WithdrawAsync(now.Id));
        (await PublicTitlesAsync()).ShouldNotContain("即时通知");
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        (await Service(s => s.GetListAsync(new GetAnnouncementsInput { MaxResultCount = 100 }))).Items.Select(a => a.Title)
            .ShouldContain("即时通知");
    }

    [Fact]
    public async Task Should_Serve_Attachments_Of_Public_Announcements_Only_And_Refuse_Other_Content()
    {
        var published = await CreateAsync("附件通知");
        var hidden = await CreateAsync("未来通知", publishIn: TimeSpan.FromDays(30));
        var pdf = MinimalPdf.Create("政策原文");
        published = await Service(s => s.AddAttachmentAsync(published.Id, new FileUpload(new MemoryStream(pdf), "../../政策原文.pdf", pdf.Length)));
        hidden = await Service(s => s.AddAttachmentAsync(hidden.Id, new FileUpload(new MemoryStream(pdf), "草稿.pdf", pdf.Length)));
        var refused = await Should.ThrowAsync<BusinessException>(() => Service(s =>
            s.AddAttachmentAsync(published.Id, new FileUpload(new MemoryStream("MZ not a document"u8.ToArray()), "x.exe", 17))));
        refused.Field.ShouldBe("file");

        var attachment = published.Attachments.ShouldHaveSingleItem();
        attachment.FileName.ShouldNotContain("..");
        attachment.Sha256.Length.ShouldBe(64);
        await host.LoginAsAsync(null);
        var download = await Service(s => s.GetPublicAttachmentAsync(published.Id, attachment.FileId));
        download.ContentType.ShouldBe("application/pdf");
        await Should.ThrowAsync<EntityNotFoundException>(() => Service(s => s.GetPublicAttachmentAsync(hidden.Id, hidden.Attachments[0].FileId)));
        // Another announcement's file through this one's address is not found either.
        await Should.ThrowAsync<EntityNotFoundException>(() => Service(s => s.GetPublicAttachmentAsync(published.Id, hidden.Attachments[0].FileId)));
    }

    [Fact]
    public async Task Should_Refuse_An_Expiry_Before_Publishing_An_Unknown_Batch_And_Other_Roles()
    {
        var early = await Should.ThrowAsync<BusinessException>(() => CreateAsync("错误通知", publishIn: TimeSpan.FromDays(2), expiresIn: TimeSpan.FromDays(1)));
        early.Code.ShouldBe(RobotPlanErrorCodes.AnnouncementExpiryBeforePublish);
        var link = await Should.ThrowAsync<BusinessException>(() => CreateAsync("错误通知", batchId: Guid.CreateVersion7()));
        link.Field.ShouldBe("batchId");

        foreach (var user in new[] { RobotPlanTestData.EnterpriseAUser, RobotPlanTestData.DistrictReviewerOfA, RobotPlanTestData.FinanceOfficer })
        {
            await host.LoginAsAsync(user);
            await Should.ThrowAsync<AuthorizationException>(() => Service(s => s.CreateAsync(new SaveAnnouncementDto
            {
                Kind = AnnouncementKind.Result, Title = "越权", Body = "越权发布",
            })));
        }
        (await PublicTitlesAsync()).ShouldNotContain("错误通知");
        (await PublicTitlesAsync()).ShouldNotContain("越权");
    }
}
