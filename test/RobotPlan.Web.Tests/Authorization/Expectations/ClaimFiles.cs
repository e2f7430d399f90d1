using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogListings;
using RobotPlan.Enterprises;
using RobotPlan.SubsidyClaims;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

/// <summary>Builds A's compensation claims (and B's reward claims) over HTTP, each fresh and eligible, in the state a case needs.</summary>
internal static class ClaimFiles
{
    private static readonly ConditionalWeakTable<MatrixContext, CatalogFiles.FileRef> Last = new();
    private static readonly ConditionalWeakTable<MatrixContext, Shared> Setup = new();

    private sealed record Shared(Guid CompensationProgram, Guid RewardProgram, Guid ProductId);

    public static CatalogFiles.FileRef LastClaim(MatrixContext c) => Last.TryGetValue(c, out var f) ? f : throw new InvalidOperationException("No claim yet");

    /// <summary>One compensation and one reward programme (year 2021, open now: the programme cases count down from 2100) and one listed product of A, per run.</summary>
    private static async Task<Shared> SharedAsync(MatrixContext c)
    {
        if (Setup.TryGetValue(c, out var shared)) return shared;
        var finance = await c.ClientAsync(Actor.Finance);
        async Task<Guid> ProgramAsync(string kind)
        {
            var existing = await finance.GetFromJsonAsync<IdPage>($"/api/app/subsidy-programs?year=2021&kind={kind}");
            if (existing!.Items is [var first, ..]) return first.Id;
            var now = DateTime.UtcNow.AddHours(8);
            var created = await finance.PostAsJsonAsync("/api/app/subsidy-programs", new
            {
                year = 2021, kind, title = "矩阵资金项目 " + kind, opensAt = now.AddDays(-10), closesAt = now.AddDays(300), budget = 100_000_000m,
                parameters = new { rateCap = 0.03 },
            });
            created.EnsureSuccessStatusCode();
            return (await created.Content.ReadFromJsonAsync<IdOnly>())!.Id;
        }
        var model = c.Unique("MX-CLAIM-") + Guid.NewGuid().ToString("N")[..4];
        var product = await (await c.ClientAsync(Actor.EnterpriseA)).PostAsJsonAsync("/api/app/products", ProductExpectations.NewProduct(model));
        product.EnsureSuccessStatusCode();
        var productId = (await product.Content.ReadFromJsonAsync<IdOnly>())!.Id;
        await ListingTestPublisher.PublishAsync(c.Factory.Services, model, CatalogKind.FirstUnit, new DateOnly(2024, 7, 1));
        shared = new Shared(await ProgramAsync("InsuranceCompensation"), await ProgramAsync("FirstPurchaseReward"), productId);
        Setup.AddOrUpdate(c, shared);
        return shared;
    }

    public static async Task<Guid> CompensationProgramAsync(MatrixContext c) => (await SharedAsync(c)).CompensationProgram;

    /// <summary>A's paid policy with one unit to a new buyer.</summary>
    public static async Task<Guid> PolicyAsync(MatrixContext c)
    {
        var shared = await SharedAsync(c);
        var client = await c.ClientAsync(Actor.EnterpriseA);
        var buyer = Uscc.WithCheckCharacter("91500103MA" + Random.Shared.Next(1_000_000, 9_999_999));
        var policy = await client.PostAsJsonAsync("/api/app/insurance-policies", new
        {
            insurer = "人保财险", policyNumber = c.Unique("MX-CLAIM-P-") + Guid.NewGuid().ToString("N")[..4], periodStart = "2025-03-01",
            periodEnd = "2026-02-28", premium = 30_000m, sumInsured = 1_000_000m, liabilityLimit = 2_000_000m,
            units = new[] { new { productId = shared.ProductId, serialNumber = c.Unique("SN-"), buyerUscc = buyer, buyerName = "买方",
                contractNumber = "HT-1", deliveryDate = "2025-03-01", unitValue = 800_000m } },
        });
        policy.EnsureSuccessStatusCode();
        var id = (await policy.Content.ReadFromJsonAsync<IdOnly>())!.Id;
        var form = Multipart.File(Multipart.Pdf, "保费.pdf");
        form.Add(new StringContent("30000"), "premiumPaid");
        (await client.PostAsync($"/api/app/insurance-policies/{id}/premium-payment", form)).EnsureSuccessStatusCode();
        return id;
    }

    public static async Task<CatalogFiles.FileRef> DraftAsync(MatrixContext c)
    {
        var programId = (await SharedAsync(c)).CompensationProgram;
        var policyId = await PolicyAsync(c);
        var response = await (await c.ClientAsync(Actor.EnterpriseA)).PostAsJsonAsync("/api/app/subsidy-claims/compensation", new { programId, policyId });
        response.EnsureSuccessStatusCode();
        return Remember(c, (await response.Content.ReadFromJsonAsync<CatalogFiles.FileRef>())!);
    }

    /// <summary>A unit of A's listed product bought by whoever claims.</summary>
    public static async Task<object> PurchaseAsync(MatrixContext c) => new
    {
        productId = (await SharedAsync(c)).ProductId, serialNumber = c.Unique("RW-"), contractNumber = c.Unique("HT-R-"),
        contractDate = "2025-02-01", deliveryDate = "2025-03-01", contractPrice = 500_000m,
    };

    public static async Task<Guid> RewardProgramAsync(MatrixContext c) => (await SharedAsync(c)).RewardProgram;

    /// <summary>B's reward draft for a unit of A's listed product.</summary>
    public static async Task<CatalogFiles.FileRef> RewardDraftAsync(MatrixContext c)
    {
        var shared = await SharedAsync(c);
        var response = await (await c.ClientAsync(Actor.EnterpriseB)).PostAsJsonAsync("/api/app/subsidy-claims/reward", new
        {
            programId = shared.RewardProgram, purchase = await PurchaseAsync(c),
        });
        response.EnsureSuccessStatusCode();
        return Remember(c, (await response.Content.ReadFromJsonAsync<CatalogFiles.FileRef>())!);
    }

    public static Task<CatalogFiles.FileRef> SubmittedAsync(MatrixContext c) => StepAsync(c, DraftAsync, Actor.EnterpriseA, "submit");
    public static Task<CatalogFiles.FileRef> InMunicipalAsync(MatrixContext c) => StepAsync(c, SubmittedAsync, Actor.DistrictOfA, "district-approve");
    public static Task<CatalogFiles.FileRef> InFinanceAsync(MatrixContext c) => StepAsync(c, InMunicipalAsync, Actor.Municipal, "municipal-approve");
    public static Task<CatalogFiles.FileRef> InNoticeAsync(MatrixContext c) => StepAsync(c, InFinanceAsync, Actor.Finance, "finance-confirm");

    /// <summary>Approved: the notice is made to have ended (as if its working days had passed) and the approval job runs.</summary>
    public static async Task<CatalogFiles.FileRef> ApprovedAsync(MatrixContext c)
    {
        var claim = await InNoticeAsync(c);
        await c.Factory.WithDbAsync(async db =>
        {
            var noticeId = await db.Set<SubsidyClaim>().Where(x => x.Id == claim.Id).Select(x => x.NoticeId).SingleAsync();
            return await db.PublicNotices.Where(n => n.Id == noticeId).ExecuteUpdateAsync(s => s.SetProperty(n => n.EndsAtUtc, DateTime.UtcNow.AddMinutes(-1)));
        });
        await using var scope = c.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApproveNoticeEndedClaimsJob>().RunAsync();
        return claim;
    }

    private static async Task<CatalogFiles.FileRef> StepAsync(MatrixContext c, Func<MatrixContext, Task<CatalogFiles.FileRef>> before, Actor actor, string act)
    {
        var claim = await before(c);
        var response = await (await c.ClientAsync(actor)).PostAsJsonAsync($"/api/app/subsidy-claims/{claim.Id}/{act}", new { claim.ConcurrencyStamp });
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{act}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return Remember(c, (await response.Content.ReadFromJsonAsync<CatalogFiles.FileRef>())!);
    }

    private static CatalogFiles.FileRef Remember(MatrixContext c, CatalogFiles.FileRef claim)
    {
        Last.AddOrUpdate(c, claim);
        return claim;
    }

    private sealed record IdPage(List<IdOnly> Items);
}
