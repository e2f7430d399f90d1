namespace RobotPlan.Web.Tests.Authorization.Expectations;

/// <summary>
/// Experts, panels and notices. Acts on a panel or objection use an id that does not exist: who may act gets 404,
/// who may not gets 403 before the id is looked at. The state-dependent outcomes are covered by the application tests.
/// </summary>
internal sealed class ExpertExpectations : IEndpointExpectations
{
    private const string ManageExperts = "anon=401 mun=200 admin=200 *=403";
    private const string ManageExpertsMissing = "anon=401 mun=404 admin=404 *=403";
    private const string MunicipalMissing = "anon=401 mun=404 *=403";
    private const string ExpertMissing = "anon=401 exp=404 *=403";
    private const string CatalogReaderMissing = "anon=401 fin=403 test=403 sec=403 aud=403 *=404";
    private static readonly Guid None = Guid.Empty;

    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/experts", _ => "/api/app/experts", ManageExperts),
        EndpointCase.Get("api/app/experts/{id:guid}", _ => $"/api/app/experts/{None}", ManageExpertsMissing),
        // A user who is not an expert: refused as a field error after authorization.
        EndpointCase.Send("POST", "api/app/experts", _ => "/api/app/experts", "anon=401 mun=400 admin=400 *=403",
            (_, _) => MatrixContext.Json(new { userId = None, fields = new[] { "IR-WELD" }, employerName = "重庆大学" })),
        EndpointCase.Send("PUT", "api/app/experts/{id:guid}", _ => $"/api/app/experts/{None}", ManageExpertsMissing,
            (_, _) => MatrixContext.Json(new { concurrencyStamp = "x", fields = new[] { "IR-WELD" }, employerName = "重庆大学" })),

        EndpointCase.Send("POST", "api/app/expert-panels", _ => "/api/app/expert-panels", MunicipalMissing,
            (_, _) => MatrixContext.Json(new { applicationId = None })),
        EndpointCase.Get("api/app/expert-panels/{id:guid}", _ => $"/api/app/expert-panels/{None}", CatalogReaderMissing),
        EndpointCase.Get("api/app/expert-panels/by-application/{applicationId:guid}", _ => $"/api/app/expert-panels/by-application/{None}",
            CatalogReaderMissing),
        EndpointCase.Get("api/app/expert-panels/{id:guid}/verify", _ => $"/api/app/expert-panels/{None}/verify", MunicipalMissing),
        EndpointCase.Get("api/app/expert-panels/mine", _ => "/api/app/expert-panels/mine", "anon=401 exp=200 *=403"),
        EndpointCase.Send("POST", "api/app/expert-panels/{id:guid}/declare-no-conflict", _ => $"/api/app/expert-panels/{None}/declare-no-conflict",
            ExpertMissing, (_, _) => null),
        EndpointCase.Send("POST", "api/app/expert-panels/{id:guid}/recuse", _ => $"/api/app/expert-panels/{None}/recuse", ExpertMissing,
            (_, _) => MatrixContext.Json(new { reason = "曾参与研发" })),
        EndpointCase.Send("POST", "api/app/expert-panels/{id:guid}/score", _ => $"/api/app/expert-panels/{None}/score", ExpertMissing,
            (_, _) => MatrixContext.Json(new { scores = new[] { new { criterion = "技术先进性", score = 50, comment = "好" } } })),

        EndpointCase.Send("POST", "api/app/public-notices", _ => "/api/app/public-notices", MunicipalMissing,
            (_, _) => MatrixContext.Json(new { batchId = None })),
        EndpointCase.Get("api/app/public-notices/blocked-files", _ => $"/api/app/public-notices/blocked-files?batchId={None}", MunicipalMissing),
        EndpointCase.Get("api/app/public-notices/objections", _ => "/api/app/public-notices/objections", "anon=401 mun=200 *=403"),
        EndpointCase.Send("POST", "api/app/public-notices/objections/{id:guid}/uphold", _ => $"/api/app/public-notices/objections/{None}/uphold",
            MunicipalMissing, (_, _) => MatrixContext.Json(new { reason = "属实" })),
        EndpointCase.Send("POST", "api/app/public-notices/objections/{id:guid}/dismiss", _ => $"/api/app/public-notices/objections/{None}/dismiss",
            MunicipalMissing, (_, _) => MatrixContext.Json(new { reason = "不属实" })),
        EndpointCase.Get("api/app/public-notices/objections/{id:guid}/evidence", _ => $"/api/app/public-notices/objections/{None}/evidence",
            MunicipalMissing),

        EndpointCase.Get("api/public/notices", _ => "/api/public/notices", "*=200"),
        EndpointCase.Get("api/public/notices/{id:guid}", _ => $"/api/public/notices/{None}", "*=404"),
        EndpointCase.Send("POST", "api/public/notices/{id:guid}/objections", _ => $"/api/public/notices/{None}/objections", "*=404",
            (_, _) => Objection()),
    ];

    public static MultipartFormDataContent Objection(Guid? subjectId = null)
    {
        var form = new MultipartFormDataContent();
        form.Add(new StringContent((subjectId ?? Guid.CreateVersion7()).ToString()), "subjectId");
        form.Add(new StringContent("李四"), "realName");
        form.Add(new StringContent("重庆某机器人公司"), "organisation");
        form.Add(new StringContent("13800000000"), "contactPhone");
        form.Add(new StringContent("关键指标与检测报告不符"), "reason");
        return form;
    }
}
