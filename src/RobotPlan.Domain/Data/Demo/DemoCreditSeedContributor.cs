
namespace RobotPlan.Data;

/// <summary>
/// Issue #16 item 8: credit records of each kind and state for the demo (Development only, after the demo catalog),
/// about the catalog makers and a testing body — never the four enterprises the tests and the README's walk-through act as.
/// One public serious-dishonesty record (a product whose listings R-61 suspends), commendations and warnings in force, one
/// ended early by a reviewer, one whose period has passed and one not yet in force. Recorded through <see cref="CreditManager"/>
/// on the seeders' clock, so each starts or ends as its dates say. Runs once: nothing is added when any record exists.
/// </summary>
public sealed class DemoCreditSeedContributor(
    ICreditRecordRepository records,
    CreditManager credit,
    IEnterpriseRepository enterprises,
    IProductRepository products,
    IReferenceDataRepository referenceData,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IDataSeedContributor
{
    public int Order => 135;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (!context.IncludeDemoData || !context.IncludeDemoActivity) return;
        if ((await records.GetPageAsync(new CreditRecordFilter(MaxResultCount: 1), ct)).TotalCount > 0) return;
        var today = clock.Today();
        var year = today.Year;

        // Public (严重失信): the report behind YH-V3D's suspended listing was found false; its other listing is suspended too.
        await RecordAsync(await ProductAsync("yh-vision", "YH-V3D", ct), CreditRecordKind.SeriousDishonesty,
            "提供虚假检测报告申报目录（经核查属实）", $"渝经信信用〔{year}〕3号", today.AddDays(-8), today.AddDays(-7), today.AddYears(3), ct);
        await RecordAsync(await EnterpriseAsync("jb-control", ct), CreditRecordKind.Commendation,
            "获评市级智能制造标杆企业", $"渝经信发〔{year - 1}〕128号", new DateOnly(year - 1, 12, 20), new DateOnly(year, 1, 1), new DateOnly(year + 2, 1, 1), ct);
        await RecordAsync(await ProductAsync("sp-inspect", "SP-SI2", ct), CreditRecordKind.Warning,
            "产品质量监督抽查防护等级项不合格，责令限期整改", $"渝市监抽〔{year}〕21号", today.AddDays(-30), today.AddDays(-30), today.AddDays(150), ct);
        var testingBody = (await referenceData.GetTestingBodiesAsync(ct)).First(b => b.Name != ReferenceDataSeedContributor.NationalRobotTestingCentre);
        await RecordAsync(await credit.ResolveAsync(CreditSubjectKind.TestingBody, testingBody.Id, ct), CreditRecordKind.Warning,
            "检测报告签发流程不规范，予以警示", $"渝经信信用〔{year}〕5号", today.AddDays(-20), today.AddDays(-20), today.AddDays(345), ct);

        // Ended early by a reviewer (整改到位), ended by its dates, and one not yet in force.
        var withdrawn = await RecordAsync(await EnterpriseAsync("bn-sort", ct), CreditRecordKind.Warning,
            "未按期报送首台（套）推广应用情况", $"渝经信信用〔{year}〕2号", today.AddDays(-90), today.AddDays(-90), today.AddDays(275), ct);
        withdrawn.End("已按要求补报并完成整改，提前移出警示名单", $"渝经信信用〔{year}〕9号", today, clock.GetUtcNow().UtcDateTime);
        await RecordAsync(await EnterpriseAsync("sp-tactile", ct), CreditRecordKind.Commendation,
            "获评市级专精特新中小企业（上一期）", $"渝经信发〔{year - 2}〕66号", new DateOnly(year - 2, 12, 1), new DateOnly(year - 2, 12, 1),
            new DateOnly(year - 1, 12, 1), ct);
        await RecordAsync(await EnterpriseAsync("bs-weld", ct), CreditRecordKind.Commendation,
            "获评市级绿色工厂", $"渝经信发〔{year}〕140号", today.AddDays(-3), today.AddDays(15), today.AddDays(15).AddYears(3), ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task<CreditRecord> RecordAsync(CreditSubject subject, CreditRecordKind kind, string reason, string documentNumber,
        DateOnly documentDate, DateOnly from, DateOnly? to, CancellationToken ct) =>
        await credit.RecordAsync(new CreditRecord(subject, kind, reason, documentNumber, documentDate, from, to, CreditRecordSource.Manual, null), ct);

    private async Task<CreditSubject> EnterpriseAsync(string user, CancellationToken ct) =>
        await credit.ResolveAsync(CreditSubjectKind.Enterprise, (await MakerAsync(user, ct)).Id, ct);

    private async Task<CreditSubject> ProductAsync(string user, string model, CancellationToken ct) =>
        await credit.ResolveAsync(CreditSubjectKind.Product, (await products.FindByModelAsync((await MakerAsync(user, ct)).Id, model, ct))!.Id, ct);

    private async Task<Enterprise> MakerAsync(string user, CancellationToken ct) =>
        (await enterprises.FindByUsccAsync(DemoCatalogMakers.Enterprises.Single(e => e.User == user).Uscc, ct))!;
}
