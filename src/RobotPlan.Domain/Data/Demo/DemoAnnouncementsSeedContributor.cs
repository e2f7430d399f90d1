using RobotPlan.Announcements;

namespace RobotPlan.Data;

/// <summary>
/// Development demo only (issue #16 item 8): the portal's 通知公告 as a newcomer would find them, one of each kind, each
/// with a PDF attachment: the call for the open first-unit batch, the work plan as a policy document, last year's
/// results. Published in the past, so anything published while trying the demo comes first. Runs once.
/// </summary>
public sealed class DemoAnnouncementsSeedContributor(
    IAnnouncementRepository announcements,
    ICatalogBatchRepository batches,
    FileStore files,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IDataSeedContributor
{
    public int Order => 135; // after the demo catalog: the call links its open batch

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (!context.IncludeDemoData || !context.IncludeDemoActivity) return;
        if ((await announcements.GetPageAsync(null, null, 0, 1, ct)).TotalCount > 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var open = (await batches.GetPageAsync(new CatalogBatchFilter(CatalogKind.FirstUnit, null, CatalogBatchStatus.Open, null, 0, 1), ct)).Items
            .FirstOrDefault();

        await AddAsync(AnnouncementKind.PolicyDocument, "重庆市机器人产业高质量发展工作方案（2021—2025年）",
            "为推动我市机器人产业高质量发展，现将工作方案印发给你们，请结合实际认真贯彻执行。", null, now.AddDays(-90),
            "工作方案.pdf", ct);
        await AddAsync(AnnouncementKind.Result, $"关于{now.Year - 1}年度重庆市机器人产品目录入选名单的公告",
            "经企业申报、区县初审、市级形式审查、专家评审和公示，现将入选名单予以公告。", null, now.AddDays(-60),
            "入选名单.pdf", ct);
        if (open is not null)
            await AddAsync(AnnouncementKind.CallForApplications, $"关于开展{open.Title}申报工作的通知",
                "请符合条件的企业在申报截止前通过本平台在线提交申报材料，申报书模板见附件。", open.Id, open.OpensAt,
                "申报书模板.pdf", ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task AddAsync(AnnouncementKind kind, string title, string body, Guid? batchId, DateTime publishAt, string fileName,
        CancellationToken ct)
    {
        var announcement = new Announcement(kind, title, body, batchId, null, publishAt, null);
        announcement.AddAttachment((await files.SaveDemoPdfAsync(title, null, ct, fileName)).Id);
        await announcements.AddAsync(announcement, ct);
    }
}
