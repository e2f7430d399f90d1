using System.Text.Json;

namespace RobotPlan.Data;

/// <summary>
/// Reference data every installation needs: review jurisdictions, product categories, testing and
/// certification bodies, the official holiday calendar. Adds what is missing; never overwrites edits.
/// </summary>
public sealed class ReferenceDataSeedContributor(IReferenceDataRepository referenceData, ICalendarRepository calendar)
    : IDataSeedContributor
{
    public int Order => 0;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        await SeedJurisdictionsAsync(ct);
        await SeedCategoriesAsync(ct);
        await SeedBodiesAsync(ct);
        await SeedCalendarAsync(ct);
    }

    private async Task SeedJurisdictionsAsync(CancellationToken ct)
    {
        var existing = (await referenceData.GetJurisdictionsAsync(ct)).Select(j => j.Code).ToHashSet();
        var file = SeedDataFiles.Read("chongqing-jurisdictions.json");
        foreach (var (element, kind) in file.GetProperty("divisions").EnumerateArray().Select(e => (e, JurisdictionKind.District))
                     .Concat(file.GetProperty("functionalZones").EnumerateArray().Select(e => (e, JurisdictionKind.FunctionalZone))))
        {
            var code = element.GetProperty("code").GetString()!;
            if (existing.Add(code))
                await referenceData.AddAsync(new ReviewJurisdiction(code, element.GetProperty("name").GetString()!,
                    element.GetProperty("nameEn").GetString()!, kind), ct);
        }
    }

    private async Task SeedCategoriesAsync(CancellationToken ct)
    {
        var existing = (await referenceData.GetCategoriesAsync(ct)).Select(c => c.Code).ToHashSet();
        var order = 0;
        foreach (var (code, name, nameEn, parent) in ProductCategorySeed.All)
        {
            order += 10;
            if (existing.Add(code)) await referenceData.AddAsync(new ProductCategory(code, name, nameEn, parent, order), ct);
        }
    }

    private async Task SeedBodiesAsync(CancellationToken ct)
    {
        var testing = (await referenceData.GetTestingBodiesAsync(ct)).Select(b => b.Name).ToHashSet();
        foreach (var (name, nameEn) in TestingBodyNames.Where(b => testing.Add(b.Name)))
            await referenceData.AddAsync(new TestingBody(name, nameEn, null), ct);
        var certification = (await referenceData.GetCertificationBodiesAsync(ct)).Select(b => b.Name).ToHashSet();
        foreach (var (name, nameEn) in CertificationBodyNames.Where(b => certification.Add(b.Name)))
            await referenceData.AddAsync(new CertificationBody(name, nameEn, null), ct);
    }

    private async Task SeedCalendarAsync(CancellationToken ct)
    {
        var known = (await calendar.GetYearsAsync(ct)).Select(y => y.Year).ToHashSet();
        var file = SeedDataFiles.Read("cn-public-holidays.json");
        var sources = file.GetProperty("sources");
        foreach (var year in file.GetProperty("years").EnumerateObject())
        {
            if (!known.Add(int.Parse(year.Name))) continue;
            await calendar.AddYearAsync(new CalendarYear(int.Parse(year.Name), sources.GetProperty(year.Name).GetString()!), ct);
            foreach (var day in year.Value.GetProperty("holidays").EnumerateArray())
                await calendar.AddDayAsync(new CalendarDay(DateOnly.Parse(day.GetString()!), isWorkingDay: false, "法定节假日"), ct);
            foreach (var day in year.Value.GetProperty("makeupWorkdays").EnumerateArray())
                await calendar.AddDayAsync(new CalendarDay(DateOnly.Parse(day.GetString()!), isWorkingDay: true, "调休上班"), ct);
        }
    }

    /// <summary>The testing body the demo "testing" user works for.</summary>
    public const string NationalRobotTestingCentre = "国家机器人检测与评定中心（重庆）";

    // The English names these bodies use for themselves.
    private static readonly (string Name, string NameEn)[] TestingBodyNames =
    [
        (NationalRobotTestingCentre, "National Robot Testing and Assessment Center (Chongqing)"),
        ("重庆市计量质量检测研究院", "Chongqing Academy of Metrology and Quality Inspection"),
        ("中国汽车工程研究院股份有限公司检测中心", "China Automotive Engineering Research Institute Testing Center"),
    ];

    private static readonly (string Name, string NameEn)[] CertificationBodyNames =
    [
        ("中国质量认证中心", "China Quality Certification Centre"),
        ("北京鉴衡认证中心有限公司", "Beijing Jianheng Certification Center"),
    ];
}

internal static class SeedDataFiles
{
    /// <summary>The copies of ../shared/data embedded in Domain.Shared; the running app never reads ../shared.</summary>
    public static JsonElement Read(string fileName)
    {
        var assembly = typeof(RobotPlan.Localization.RobotPlanResource).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("SeedData." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonDocument.Parse(stream).RootElement.Clone();
    }
}
