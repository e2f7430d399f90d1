namespace RobotPlan.Web.Tests.Authorization.Expectations;

internal sealed class CatalogExpectations : IEndpointExpectations
{
    private const string Catalogs = "anon=401 fin=403 test=403 sec=403 aud=403 *=200";
    private const string MunicipalOnly = "anon=401 mun=200 *=403";
    // A's file: A, A's district and the city see it; experts only see files assigned to them (a later feature).
    private const string ReadA = "anon=401 A=200 B=404 dA=200 dO=404 mun=200 exp=404 fin=403 test=403 admin=200 sec=403 aud=403";
    private const string OwnA = "anon=401 A=200 B=404 *=403";
    // Return/reject of a submitted file: only A's district reviewer; others who can see it lack the step's permission.
    private const string DistrictStepA = "anon=401 A=403 B=404 dA=200 dO=404 mun=403 exp=404 fin=403 test=403 admin=403 sec=403 aud=403";
    private const string Apps = "/api/app/catalog-applications";

    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/catalog-batches", _ => "/api/app/catalog-batches", Catalogs),
        new("GET", "api/app/catalog-batches/{id:guid}", async c => $"/api/app/catalog-batches/{await CatalogFiles.BatchAsync(c)}", Expect.Parse(Catalogs)),
        EndpointCase.Send("POST", "api/app/catalog-batches", _ => "/api/app/catalog-batches", MunicipalOnly,
            (c, _) => MatrixContext.Json(CatalogFiles.NewBatch(c.Unique("矩阵批次")))),
        // A fresh batch per request (the URL is built first), updated with its current stamp.
        new("PUT", "api/app/catalog-batches/{id:guid}", async c => $"/api/app/catalog-batches/{_lastBatch = await CatalogFiles.BatchAsync(c)}",
            Expect.Parse(MunicipalOnly)) { Body = (c, _) => BatchUpdateAsync(c) },
        new("GET", "api/app/catalog-batches/{id:guid}/progress", async c => $"/api/app/catalog-batches/{await CatalogFiles.BatchAsync(c)}/progress",
            Expect.Parse(MunicipalOnly)),
        EndpointCase.Get("api/app/catalog-applications", _ => Apps, Catalogs),
        EndpointCase.Get("api/app/catalog-applications/tasks", _ => Apps + "/tasks", Catalogs),
        new("GET", "api/app/catalog-applications/{id:guid}", async c => $"{Apps}/{(await CatalogFiles.SubmittedAsync(c)).Id}", Expect.Parse(ReadA)),
        new("GET", "api/app/catalog-applications/{id:guid}/eligibility", async c => $"{Apps}/{(await CatalogFiles.DraftAsync(c)).Id}/eligibility",
            Expect.Parse(ReadA)),
        EndpointCase.SendAsync("POST", "api/app/catalog-applications", _ => Task.FromResult(Apps), "anon=401 A=200 B=400 *=403",
            async (c, _) => MatrixContext.Json(await NewDraftBodyAsync(c))),
        Transition("PUT", "api/app/catalog-applications/{id:guid}", "", OwnA, CatalogFiles.DraftAsync,
            f => new { f.ConcurrencyStamp, keyProcurement = new { price = 99000, annualCapacity = 120, afterSalesService = "渝北区服务站" } }),
        new("POST", "api/app/catalog-applications/{id:guid}/attachments", async c => $"{Apps}/{(await CatalogFiles.DraftAsync(c)).Id}/attachments",
            Expect.Parse(OwnA)) { Body = (_, _) => Task.FromResult<HttpContent?>(Attachment()) },
        Transition("POST", "api/app/catalog-applications/{id:guid}/submit", "/submit", OwnA, CatalogFiles.DraftAsync, f => new { f.ConcurrencyStamp }),
        Transition("POST", "api/app/catalog-applications/{id:guid}/withdraw", "/withdraw", OwnA, CatalogFiles.SubmittedAsync, f => new { f.ConcurrencyStamp }),
        Transition("POST", "api/app/catalog-applications/{id:guid}/district-approve", "/district-approve",
            "anon=401 dA=200 dO=404 *=403", CatalogFiles.SubmittedAsync, f => new { f.ConcurrencyStamp }),
        Transition("POST", "api/app/catalog-applications/{id:guid}/formal-approve", "/formal-approve", MunicipalOnly,
            CatalogFiles.InMunicipalReviewAsync, f => new { f.ConcurrencyStamp }),
        Transition("POST", "api/app/catalog-applications/{id:guid}/return", "/return", DistrictStepA, CatalogFiles.SubmittedAsync,
            f => new { f.ConcurrencyStamp, reason = "请补充材料" }),
        Transition("POST", "api/app/catalog-applications/{id:guid}/reject", "/reject", DistrictStepA, CatalogFiles.SubmittedAsync,
            f => new { f.ConcurrencyStamp, reason = "不符合条件" }),
    ];

    private static Guid _lastBatch;

    private static async Task<HttpContent?> BatchUpdateAsync(MatrixContext c)
    {
        var stamp = await c.Factory.WithDbAsync(db => Task.FromResult(db.Set<RobotPlan.CatalogBatches.CatalogBatch>()
            .Where(b => b.Id == _lastBatch).Select(b => b.ConcurrencyStamp).Single()));
        var body = System.Text.Json.JsonSerializer.SerializeToNode(CatalogFiles.NewBatch("矩阵批次（改）"))!.AsObject();
        body["concurrencyStamp"] = stamp;
        return MatrixContext.Json(body);
    }

    /// <summary>A fresh file per request in the state the act needs; the body carries that file's stamp.</summary>
    private static EndpointCase Transition(string method, string template, string suffix, string expected,
        Func<MatrixContext, Task<CatalogFiles.FileRef>> file, Func<CatalogFiles.FileRef, object> body) =>
        new(method, template, async c => $"{Apps}/{(await file(c)).Id}{suffix}", Expect.Parse(expected))
        {
            Body = (c, _) => Task.FromResult<HttpContent?>(MatrixContext.Json(body(CatalogFiles.LastFile(c)))),
        };

    private static async Task<object> NewDraftBodyAsync(MatrixContext c)
    {
        var batchId = await CatalogFiles.BatchAsync(c);
        var client = await c.ClientAsync(Actor.EnterpriseA);
        var response = await client.PostAsync("/api/app/products",
            MatrixContext.Json(ProductExpectations.NewProduct("MX-NEW-" + Guid.NewGuid().ToString("N")[..8])));
        response.EnsureSuccessStatusCode();
        var productId = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<IdOnly>(response.Content))!.Id;
        return new { batchId, productId, keyProcurement = new { price = 98000, annualCapacity = 100, afterSalesService = "渝北区服务站" } };
    }

    private static MultipartFormDataContent Attachment()
    {
        var form = Multipart.File(Multipart.Pdf, "附件.pdf");
        form.Add(new StringContent("Other"), "kind");
        return form;
    }
}
