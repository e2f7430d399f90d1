namespace RobotPlan.Web.Tests.Authorization.Expectations;

internal sealed class ClaimExpectations : IEndpointExpectations
{
    private const string Claims = "/api/app/subsidy-claims";
    // Everyone with a claims role; experts and testing bodies have no part in subsidies.
    private const string Signed = "anon=401 exp=403 test=403 sec=403 aud=403 *=200";
    // A's claim: A, A's district and the programme-wide roles see it; others' records are a 404.
    private const string ReadA = "anon=401 A=200 B=404 dA=200 dO=404 mun=200 exp=403 fin=200 test=403 admin=200 sec=403 aud=403";
    private const string OwnA = "anon=401 A=200 B=404 dA=403 dO=403 mun=403 exp=403 fin=403 test=403 admin=403 sec=403 aud=403";
    private const string OwnB = "anon=401 A=404 B=200 *=403";
    // Return/reject of a submitted claim: only A's district reviewer; other viewers lack the step's permission.
    private const string DistrictStepA = "anon=401 A=403 B=404 dA=200 dO=404 mun=403 exp=403 fin=403 test=403 admin=403 sec=403 aud=403";

    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/subsidy-claims", _ => Claims, Signed),
        EndpointCase.Get("api/app/subsidy-claims/open-programs", _ => Claims + "/open-programs", Signed),
        EndpointCase.Get("api/app/subsidy-claims/tasks", _ => Claims + "/tasks", Signed),
        new("GET", "api/app/subsidy-claims/{id:guid}", async c => $"{Claims}/{(await ClaimFiles.SubmittedAsync(c)).Id}", Expect.Parse(ReadA)),
        new("GET", "api/app/subsidy-claims/{id:guid}/history", async c => $"{Claims}/{(await ClaimFiles.SubmittedAsync(c)).Id}/history", Expect.Parse(ReadA)),
        new("GET", "api/app/subsidy-claims/{id:guid}/pre-check", async c => $"{Claims}/{(await ClaimFiles.DraftAsync(c)).Id}/pre-check", Expect.Parse(ReadA)),
        new("GET", "api/app/subsidy-claims/{id:guid}/award", async c => $"{Claims}/{(await ClaimFiles.ApprovedAsync(c)).Id}/award", Expect.Parse(ReadA)),
        new("GET", "api/app/subsidy-programs/{programId:guid}/awards/export",
            async c => $"/api/app/subsidy-programs/{await ClaimFiles.CompensationProgramAsync(c)}/awards/export",
            Expect.Parse("anon=401 mun=200 fin=200 admin=200 *=403")),
        // B claiming with A's policy is a 400 naming policyId (its existence is not revealed).
        EndpointCase.SendAsync("POST", "api/app/subsidy-claims/compensation", _ => Task.FromResult(Claims + "/compensation"),
            "anon=401 A=200 B=400 *=403", async (c, _) => MatrixContext.Json(new { programId = await ClaimFiles.CompensationProgramAsync(c),
                policyId = await ClaimFiles.PolicyAsync(c) })),
        EndpointCase.SendAsync("POST", "api/app/subsidy-claims/reward", _ => Task.FromResult(Claims + "/reward"),
            "anon=401 A=200 B=200 *=403", async (c, _) => MatrixContext.Json(await RewardBodyAsync(c))),
        new("PUT", "api/app/subsidy-claims/{id:guid}/reward", async c => $"{Claims}/{(await ClaimFiles.RewardDraftAsync(c)).Id}/reward", Expect.Parse(OwnB))
        {
            Body = async (c, _) => MatrixContext.Json(new { ClaimFiles.LastClaim(c).ConcurrencyStamp, purchase = await ClaimFiles.PurchaseAsync(c) }),
        },
        new("POST", "api/app/subsidy-claims/{id:guid}/documents", async c => $"{Claims}/{(await ClaimFiles.RewardDraftAsync(c)).Id}/documents",
            Expect.Parse(OwnB)) { Body = (_, _) => Task.FromResult<HttpContent?>(Document()) },
        Transition("submit", OwnA, ClaimFiles.DraftAsync, f => new { f.ConcurrencyStamp }),
        Transition("withdraw", OwnA, ClaimFiles.SubmittedAsync, f => new { f.ConcurrencyStamp }),
        Transition("district-approve", "anon=401 dA=200 dO=404 *=403", ClaimFiles.SubmittedAsync, f => new { f.ConcurrencyStamp }),
        Transition("municipal-approve", "anon=401 mun=200 *=403", ClaimFiles.InMunicipalAsync, f => new { f.ConcurrencyStamp }),
        Transition("finance-confirm", "anon=401 fin=200 *=403", ClaimFiles.InFinanceAsync, f => new { f.ConcurrencyStamp }),
        Transition("return", DistrictStepA, ClaimFiles.SubmittedAsync, f => new { f.ConcurrencyStamp, reason = "请补充材料" }),
        Transition("reject", DistrictStepA, ClaimFiles.SubmittedAsync, f => new { f.ConcurrencyStamp, reason = "不符合条件" }),
    ];

    private static async Task<object> RewardBodyAsync(MatrixContext c) =>
        new { programId = await ClaimFiles.RewardProgramAsync(c), purchase = await ClaimFiles.PurchaseAsync(c) };

    private static MultipartFormDataContent Document()
    {
        var form = Multipart.File(Multipart.Pdf, "发票.pdf");
        form.Add(new StringContent("Invoice"), "kind");
        return form;
    }

    private static EndpointCase Transition(string act, string expected, Func<MatrixContext, Task<CatalogFiles.FileRef>> claim, Func<CatalogFiles.FileRef, object> body) =>
        new("POST", $"api/app/subsidy-claims/{{id:guid}}/{act}", async c => $"{Claims}/{(await claim(c)).Id}/{act}", Expect.Parse(expected))
        {
            Body = (c, _) => Task.FromResult<HttpContent?>(MatrixContext.Json(body(ClaimFiles.LastClaim(c)))),
        };
}
