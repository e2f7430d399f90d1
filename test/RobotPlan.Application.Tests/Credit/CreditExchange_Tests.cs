using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using RobotPlan.CatalogListings;
using RobotPlan.Credit;
using RobotPlan.Files;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.Credit;

/// <summary>The sharing platform's file: every row validated and reported, nothing half-imported, exported in the same layout.</summary>
public sealed class CreditExchange_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private const string Header = "主体类型,主体名称,统一社会信用代码,产品型号,信用类别,事由,决定文书号,决定日期,生效日期,截止日期";
    private readonly CreditScenario _c = new(host);

    private static FileUpload Csv(params string[] rows)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. rows]) + "\n");
        return new FileUpload(new MemoryStream(bytes), "失信名单.csv", bytes.Length);
    }

    private async Task<CreditImportReportDto> ImportAsync(FileUpload file)
    {
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        return await _c.Records(s => s.ImportAsync(file));
    }

    private Task<int> CountAsync() => host.WithDbAsync(db => db.Set<CreditRecord>().CountAsync());

    [Fact]
    public async Task Should_Import_Nothing_And_Report_Each_Refused_Row_When_Any_Row_Is_Invalid()
    {
        var before = await CountAsync();
        var report = await ImportAsync(Csv(
            $"企业,山城精密,{RobotPlanTestData.EnterpriseBUscc},,严重失信,虚假申报,渝信〔2025〕101号,2025-09-01,2025-09-01,2028-09-01",
            $"企业,某公司,91500000XXXXXXXXXX,,严重失信,虚假申报,渝信〔2025〕102号,2025-09-01,2025-09-01,",
            $"检测机构,某检测,{RobotPlanTestData.EnterpriseBUscc},,黑名单,出具虚假报告,,2025-13-01,2025-09-01,2025-08-01"));

        report.Imported.ShouldBeFalse();
        report.Accepted.ShouldBe(0);
        report.Refused.ShouldBe(2);
        report.Rows.Single(r => r.RowNumber == 2).Outcome.ShouldBe(CreditImportOutcome.Accepted, "valid by itself");
        report.Rows.Single(r => r.RowNumber == 3).Messages.ShouldContain(m => m.StartsWith("统一社会信用代码"));
        report.Rows.Single(r => r.RowNumber == 4).Messages.Count.ShouldBe(4, string.Join("; ", report.Rows.Single(r => r.RowNumber == 4).Messages));
        (await CountAsync()).ShouldBe(before);
        (await _c.StandingAsync(s => s.IsBlacklistedAsync(host.Data.EnterpriseBId, host.Today))).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Import_Valid_File_With_Effects_Skip_Unknown_Subjects_And_Skip_Everything_When_Reimported()
    {
        var listing = await _c.PublishAsync("LJ-C7");
        var product = await host.WithDbAsync(db => db.Products.Include(p => p.Specifications).SingleAsync(p => p.Model == "LJ-C7"));
        var ownerUscc = await host.WithDbAsync(db => db.Enterprises.Where(e => e.Id == product.EnterpriseId).Select(e => e.Uscc).SingleAsync());
        var file = new[]
        {
            $"产品,{product.Name},{ownerUscc},LJ-C7,严重失信,质量安全事故,渝信〔2025〕201号,2025-09-20,2025-09-20,2026-09-20",
            $"企业,外地公司,{RobotPlanTestData.UnusedChongqingUscc},,严重失信,虚假申报,渝信〔2025〕202号,2025-09-20,2025-09-20,",
            $"企业,山城精密,{RobotPlanTestData.EnterpriseBUscc},,守信表彰,按时报送,渝信〔2025〕203号,2025/9/20,2025/9/20,",
        };

        var report = await ImportAsync(Csv(file));

        report.ShouldSatisfyAllConditions(r => r.Imported.ShouldBeTrue(), r => r.Accepted.ShouldBe(2), r => r.Skipped.ShouldBe(1),
            r => r.Refused.ShouldBe(0));
        report.Rows.Single(r => r.RowNumber == 3).Messages.ShouldBe(["SubjectNotRegistered"]);
        (await _c.ListingAsync(listing.Id)).Status.ShouldBe(CatalogListingStatus.Suspended, "an imported blacklist takes effect at once");
        var count = await CountAsync();

        var again = await ImportAsync(Csv(file));

        again.ShouldSatisfyAllConditions(r => r.Imported.ShouldBeTrue(), r => r.Accepted.ShouldBe(0), r => r.Skipped.ShouldBe(3));
        (await CountAsync()).ShouldBe(count);
    }

    [Fact]
    public async Task Should_Export_In_The_Import_Layout_And_Read_Back_The_Same_Rows_In_Xlsx()
    {
        await _c.BlacklistAsync(CreditSubjectKind.TestingBody, host.Data.TestingBodyId, document: "渝信〔2025〕301号");
        try
        {
            await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
            var xlsx = await _c.Records(s => s.ExportAsync(CreditExchangeFormat.Xlsx));
            var rows = (await xlsx.Content.QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object?>>().ToList();

            rows.First().Keys.ShouldBe(CreditExchangeColumns.All);
            rows.ShouldContain(r => (string?)r["决定文书号"] == "渝信〔2025〕301号" && (string?)r["主体类型"] == "检测机构"
                                    && (string?)r["信用类别"] == "严重失信");
            xlsx.Content.Position = 0;
            var report = await ImportAsync(new FileUpload(xlsx.Content, "export.xlsx", xlsx.Content.Length));
            report.Refused.ShouldBe(0, string.Join("; ", report.Rows.SelectMany(r => r.Messages)));
            report.Accepted.ShouldBe(0, "every exported record is already held");
        }
        finally
        {
            var record = (await _c.Records(s => s.GetListAsync(new GetCreditRecordsInput { Keyword = "渝信〔2025〕301号" }))).Items.Single();
            await _c.EndAsync(record);
        }
    }

    [Fact]
    public async Task Should_Refuse_A_File_That_Is_Not_A_Workbook_Or_Csv_As_A_Field_Error()
    {
        var bytes = Encoding.UTF8.GetBytes("not a workbook");
        var error = await Should.ThrowAsync<BusinessException>(() => ImportAsync(new FileUpload(new MemoryStream(bytes), "list.xlsx", bytes.Length)));
        error.Field.ShouldBe("file");
        var pdf = await Should.ThrowAsync<BusinessException>(() => ImportAsync(new FileUpload(new MemoryStream(bytes), "list.pdf", bytes.Length)));
        pdf.Code.ShouldBe(CreditErrorCodes.ImportFileInvalid);
    }
}
