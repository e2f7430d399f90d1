using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Credit;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

/// <summary>
/// Credit records: municipal reviewers keep them; finance and administrators read them; the public list is open.
/// Bodies record commendations about B, so the matrix never blacklists a party other cases depend on.
/// </summary>
internal sealed class CreditExpectations : IEndpointExpectations
{
    private const string Read = "anon=401 mun=200 fin=200 admin=200 *=403";
    private const string Manage = "anon=401 mun=200 *=403";

    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/credit-records", _ => "/api/app/credit-records", Read),
        new("GET", "api/app/credit-records/{id:guid}", async c => $"/api/app/credit-records/{await NewRecordAsync(c)}", Expect.Parse(Read)),
        EndpointCase.Send("POST", "api/app/credit-records", _ => "/api/app/credit-records", Manage, (c, _) => MatrixContext.Json(NewBody(c))),
        EndpointCase.SendAsync("POST", "api/app/credit-records/{id:guid}/end", async c => $"/api/app/credit-records/{await NewRecordAsync(c)}/end",
            Manage, (_, _) => Task.FromResult<HttpContent?>(MatrixContext.Json(new { reason = "矩阵测试", documentNumber = "渝经信函〔2025〕88号" }))),
        EndpointCase.SendAsync("POST", "api/app/credit-records/{id:guid}/correct", async c => $"/api/app/credit-records/{await NewRecordAsync(c)}/correct",
            Manage, (c, _) => Task.FromResult<HttpContent?>(MatrixContext.Json(Fields(c)))),
        EndpointCase.Send("POST", "api/app/credit-records/import", _ => "/api/app/credit-records/import", Manage, (c, _) => ImportFile(c)),
        EndpointCase.Get("api/app/credit-records/subjects", _ => "/api/app/credit-records/subjects?subjectKind=Enterprise&keyword=重庆", Manage),
        EndpointCase.Get("api/app/credit-records/export", _ => "/api/app/credit-records/export?format=Csv", Manage),
        EndpointCase.Get("api/public/credit-records", _ => "/api/public/credit-records", "*=200"),
        // 三员分立: verifying the history chains is the audit administrator's.
        EndpointCase.Get("api/app/history-chains/verify", _ => "/api/app/history-chains/verify", "anon=401 aud=200 *=403"),
    ];

    private static object NewBody(MatrixContext c) => new
    {
        subjectKind = "Enterprise", subjectId = c.Data.EnterpriseBId, kind = "Commendation", reason = "守信表彰（矩阵）",
        documentNumber = c.Unique("渝经信表〔2025〕"), documentDate = "2025-09-26", effectiveFrom = "2025-09-26",
    };

    private static object Fields(MatrixContext c) => new
    {
        kind = "Commendation", reason = "更正（矩阵）", documentNumber = c.Unique("渝经信更〔2025〕"), documentDate = "2025-09-26",
        effectiveFrom = "2025-09-26",
    };

    public static async Task<Guid> NewRecordAsync(MatrixContext c)
    {
        await using var scope = c.Factory.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<CreditManager>();
        var subject = await manager.ResolveAsync(CreditSubjectKind.Enterprise, c.Data.EnterpriseBId);
        var record = await manager.RecordAsync(new CreditRecord(subject, CreditRecordKind.Commendation, "守信表彰（矩阵）",
            c.Unique("渝经信表〔2024〕"), new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 1), null, CreditRecordSource.Manual, null));
        await scope.ServiceProvider.GetRequiredService<RobotPlan.SeedWork.IUnitOfWork>().SaveChangesAsync();
        return record.Id;
    }

    public static HttpContent ImportFile(MatrixContext c)
    {
        var csv = "主体类型,主体名称,统一社会信用代码,产品型号,信用类别,事由,决定文书号,决定日期,生效日期,截止日期\n"
                  + $"企业,山城精密,{RobotPlanTestData.EnterpriseBUscc},,守信表彰,按时报送,{c.Unique("渝信〔2025〕")},2025-09-01,2025-09-01,\n";
        return Multipart.File(Encoding.UTF8.GetBytes(csv), "失信名单.csv", "text/csv");
    }
}
