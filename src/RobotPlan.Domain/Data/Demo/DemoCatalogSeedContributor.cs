using RobotPlan.ExpertPanels;
using RobotPlan.TestReports;

namespace RobotPlan.Data;

/// <summary>
/// A living catalog for the demo (Development only): last year's batch of each catalog finished with Active listings,
/// an open batch with files waiting for the district reviewer, the municipal reviewer and an expert panel, and a
/// decided batch whose public notice is running; and the other makers' listings (<see cref="MakersListedAsync"/>).
/// Built through the aggregates' own transitions, so every file has a real history. Runs once: nothing is added when
/// any batch exists.
/// </summary>
public sealed class DemoCatalogSeedContributor(
    ICatalogBatchRepository batches,
    ICatalogApplicationRepository applications,
    IProductRepository products,
    RobotPlan.Enterprises.IEnterpriseRepository enterprises,
    RobotPlan.ReferenceData.IReferenceDataRepository referenceData,
    ITestReportRepository reports,
    CatalogListingManager listings,
    ExpertPanelManager panels,
    IPublicNoticeRepository notices,
    ICalendarRepository calendar,
    UserManager<AppUser> users,
    FileStore files,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IDataSeedContributor
{
    public int Order => 130;

    private static readonly RubricCriterion[] Rubric =
        [new("技术先进性", 40), new("自主知识产权", 20), new("市场前景与应用效果", 25), new("企业实力", 15)];

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (!context.IncludeDemoData || !context.IncludeDemoActivity) return;
        if ((await batches.GetPageAsync(new CatalogBatchFilter(null, null, null, null, 0, 1), ct)).TotalCount > 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var lastYear = now.Year - 1;

        // Last year's finished batches: each file went the whole way and is listed.
        var firstUnitDone = await BatchAsync(CatalogKind.FirstUnit, lastYear, $"{lastYear}年度首台（套）重大技术装备推广应用目录（第一批）",
            $"{lastYear} First-of-a-Kind Major Technical Equipment Catalog (Batch 1)", new DateTime(lastYear, 3, 1, 1, 0, 0, DateTimeKind.Utc), ct);
        var keyDone = await BatchAsync(CatalogKind.KeyProcurement, lastYear, $"{lastYear}年度重庆市重点鼓励采购产品指导目录",
            $"{lastYear} Chongqing Key Procurement Product Catalog", new DateTime(lastYear, 4, 1, 1, 0, 0, DateTimeKind.Utc), ct);
        await ListedAsync(firstUnitDone, "RV-40E", new DateOnly(lastYear, 7, 1), ct);
        await ListedAsync(firstUnitDone, "LJ-C7", new DateOnly(lastYear, 7, 1), ct);
        await ListedAsync(keyDone, "LY-P180", new DateOnly(lastYear, 8, 1), ct);
        await ListedAsync(keyDone, "BY-R1", new DateOnly(lastYear, 8, 1), ct);
        await MakersListedAsync(firstUnitDone, keyDone, ct);

        // This year's open first-unit batch: files in each reviewer's task list.
        var open = await BatchAsync(CatalogKind.FirstUnit, now.Year, $"{now.Year}年度首台（套）重大技术装备推广应用目录（第二批）",
            $"{now.Year} First-of-a-Kind Major Technical Equipment Catalog (Batch 2)", now.AddDays(-20), ct);
        var waitingForDistrict = await SubmittedAsync(open, "LY-W6", now.AddDays(-12), ct);
        waitingForDistrict.StartDistrictReview(await users.DemoActorAsync(DemoUsers.DistrictYubei, RobotPlanRoles.DistrictReviewer), now.AddDays(-11));
        var waitingForMunicipal = await SubmittedAsync(open, "BY-R1", now.AddDays(-15), ct);
        await ThroughDistrictAsync(waitingForMunicipal, now.AddDays(-13), ct);
        var withExperts = await SubmittedAsync(open, "LY-P180", now.AddDays(-18), ct);
        await ThroughDistrictAsync(withExperts, now.AddDays(-16), ct);
        withExperts.ApproveFormalReview(await users.DemoActorAsync(DemoUsers.Municipal, RobotPlanRoles.MunicipalReviewer), now.AddDays(-14), "形式审查通过");
        await unitOfWork.SaveChangesAsync(ct);
        await panels.DrawAsync(withExperts, open, (await ProductAsync("LY-P180", ct)), ct);
        await unitOfWork.SaveChangesAsync(ct);

        // A key-procurement batch decided today: its notice runs now, and anyone may object.
        var decided = await BatchAsync(CatalogKind.KeyProcurement, now.Year, $"{now.Year}年度重庆市重点鼓励采购产品指导目录（第一批）",
            $"{now.Year} Chongqing Key Procurement Product Catalog (Batch 1)", now.AddDays(-60), ct);
        var inNotice = await SubmittedAsync(decided, "RV-40E", now.AddDays(-50), ct);
        await DecidedAsync(inNotice, now.AddDays(-40), now, ct);
        var window = NoticeWindow.Compute(await calendar.GetCalendarAsync(ct), now, decided.NoticeWorkingDays);
        await notices.AddAsync(new PublicNotice(decided, [inNotice], window, now), ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<CatalogBatch> BatchAsync(CatalogKind catalog, int year, string title, string titleEn, DateTime opensAt, CancellationToken ct)
    {
        var closesAt = opensAt.AddDays(45);
        var batch = new CatalogBatch(new CatalogBatchSettings(catalog, year, title, opensAt, closesAt, closesAt.AddDays(30), Rubric, TitleEn: titleEn),
            opensAt.AddDays(-7));
        batch.UpdateStatus(clock.GetUtcNow().UtcDateTime);
        await batches.AddAsync(batch, ct);
        return batch;
    }

    private async Task<CatalogApplication> SubmittedAsync(CatalogBatch batch, string model, DateTime at, CancellationToken ct)
    {
        var product = await ProductAsync(model, ct);
        var application = new CatalogApplication(batch, product.EnterpriseId, product.Id, at.AddDays(-1));
        if (batch.Catalog == CatalogKind.FirstUnit)
            application.FillFirstUnitForm(new FirstUnitForm(
                [new TechnicalIndicator("重复定位精度", "±0.02 mm", TechnologyLevel.Leading, TechnologyLevel.Comparable)],
                $"HT-{at.Year}-{model}", DateOnly.FromDateTime(at.AddMonths(-3)), [new Patent("ZL202310000001.X", $"{product.Name}控制方法")], 86.5m));
        else
            application.FillKeyProcurementForm(new KeyProcurementForm(268_000m, 600, "重庆本地服务中心，24 小时到场"));
        var form = await files.SaveDemoPdfAsync($"{product.Name} 申报书", product.EnterpriseId, ct);
        application.ReplaceAttachments([new CatalogAttachment(CatalogAttachmentKind.ApplicationForm, form.Id, form.FileName)]);
        var enterpriseUser = users.Users.Where(u => u.EnterpriseId == product.EnterpriseId).Select(u => u.UserName!).First();
        application.Submit(batch, await users.DemoActorAsync(enterpriseUser, RobotPlanRoles.Enterprise), at);
        await applications.AddAsync(application, ct);
        return application;
    }

    private async Task ThroughDistrictAsync(CatalogApplication application, DateTime at, CancellationToken ct)
    {
        var actor = await DistrictActorAsync(application.EnterpriseId, ct);
        application.StartDistrictReview(actor, at);
        application.ApproveByDistrict(actor, at.AddHours(3), "材料齐全，同意推荐");
    }

    private async Task DecidedAsync(CatalogApplication application, DateTime reviewedAt, DateTime decidedAt, CancellationToken ct)
    {
        await ThroughDistrictAsync(application, reviewedAt, ct);
        var municipal = await users.DemoActorAsync(DemoUsers.Municipal, RobotPlanRoles.MunicipalReviewer);
        application.ApproveFormalReview(municipal, reviewedAt.AddDays(2), "形式审查通过");
        application.CompleteExpertReview(true, 84.67m, new ReviewActor(null, "专家评审组", RobotPlanRoles.Expert, null), reviewedAt.AddDays(10));
        application.Decide(municipal, decidedAt, "经市经济信息委审定，予以公示");
    }

    /// <summary>
    /// Issue #16 item 8: the other makers' products (<see cref="DemoCatalogMakers"/>), each listed by last year's batch of
    /// each catalog (the first-unit list published on 1 September, after the key-procurement list of 1 August); then a
    /// listing of each other state: one suspended pending an inquiry, one revoked, and one listed for a single
    /// year that has expired (from August on; before that it is a listing about to expire).
    /// </summary>
    private async Task MakersListedAsync(CatalogBatch firstUnit, CatalogBatch keyProcurement, CancellationToken ct)
    {
        var listed = new List<CatalogListing>();
        foreach (var (index, item) in DemoCatalogMakers.Products.Index())
        {
            listed.Add(await ListedAsync(firstUnit, item.Model, new DateOnly(firstUnit.Year, 9, 1), ct));
            var lastOne = index == DemoCatalogMakers.Products.Length - 1;
            listed.Add(await ListedAsync(keyProcurement, item.Model, new DateOnly(keyProcurement.Year, 8, 1), ct, validityYears: lastOne ? 1 : null));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        var municipal = (await users.FindByNameAsync(DemoUsers.Municipal))!.Id;
        listed[0].Suspend(new StatusDocument("企业被举报提供虚假检测报告，核查期间暂停", $"渝经信目录〔{today.Year}〕7号", today.AddDays(-10)),
            municipal, now.AddDays(-10));
        listed[2].Revoke(new StatusDocument("企业已迁出本市，不再符合目录条件", $"渝经信目录〔{today.Year}〕9号", today.AddDays(-5)),
            municipal, now.AddDays(-5));
        listed[^1].ExpireIfDue(today, now);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<CatalogListing> ListedAsync(CatalogBatch batch, string model, DateOnly publishedOn, CancellationToken ct,
        int? validityYears = null)
    {
        var reviewedAt = batch.ClosesAt.AddDays(3);
        var application = await SubmittedAsync(batch, model, batch.OpensAt.AddDays(10), ct);
        await DecidedAsync(application, reviewedAt, reviewedAt.AddDays(20), ct);
        await unitOfWork.SaveChangesAsync(ct);
        var evidence = (await reports.GetByProductAsync(application.ProductId, ct)).Where(r => r.IsValidOn(publishedOn)).Select(r => r.Id).ToList();
        var publishedAt = BusinessCalendarClock.StartOfDayUtc(publishedOn).AddMinutes(5);
        return await listings.PublishAsync(application.ProductId, application.EnterpriseId, batch.Catalog, application.Id, evidence, publishedOn,
            validityYears ?? CatalogListingConsts.DefaultValidityYears,
            beforeSave: l => application.MarkListed(l.Id, new ReviewActor(null, "系统（目录发布任务）", "system", null), publishedAt), ct: ct);
    }

    private async Task<Product> ProductAsync(string model, CancellationToken ct)
    {
        var found = (await products.GetPageAsync(new ProductFilter(null, null, model, null, null, 0, 10), ct)).Items.Single(p => p.Model == model);
        return (await products.FindAsync(found.Id, ct))!;
    }

    /// <summary>The enterprise's own district reviewer; demo districts without a demo user act as their office.</summary>
    private async Task<ReviewActor> DistrictActorAsync(Guid enterpriseId, CancellationToken ct)
    {
        var jurisdictionId = (await enterprises.FindAsync(enterpriseId, ct))!.JurisdictionId;
        if (await users.DemoDistrictReviewerAsync(jurisdictionId) is { } reviewer) return reviewer;
        var office = (await referenceData.FindJurisdictionAsync(jurisdictionId, ct))!.Name;
        return new ReviewActor(null, $"{office}经济信息委", RobotPlanRoles.DistrictReviewer, jurisdictionId);
    }
}
