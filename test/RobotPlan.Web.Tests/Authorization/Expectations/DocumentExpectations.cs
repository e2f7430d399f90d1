using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogListings;
using RobotPlan.Documents;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

/// <summary>
/// Issue 17: the public documents and open data answer everyone; a decision letter answers exactly who may read its file.
/// Each URL's document is issued once while the URL is built, so the requests themselves only read (the bad-input sweep
/// counts rows).
/// </summary>
internal sealed class DocumentExpectations : IEndpointExpectations
{
    private const string Public = "*=200";
    // As the file itself: A, A's district and the city; others' files are 404 (CatalogExpectations, ClaimExpectations).
    private const string CatalogFileOfA = "anon=401 A=200 B=404 dA=200 dO=404 mun=200 exp=404 fin=403 test=403 admin=200 sec=403 aud=403";
    private const string ClaimOfA = "anon=401 A=200 B=404 dA=200 dO=404 mun=200 exp=403 fin=200 test=403 admin=200 sec=403 aud=403";
    // A year nobody publishes in: its (empty) list never changes between the sweep's requests.
    private const string QuietYear = "catalog=KeyProcurement&year=2021";

    public IEnumerable<EndpointCase> Cases =>
    [
        new("GET", "api/public/documents/listings/{number}/certificate", async c => await IssuedAsync(c, await CertificateUrlAsync(c)), Expect.Parse(Public)),
        new("GET", "api/public/documents/{code}", async c => $"/api/public/documents/{await CodeAsync(c)}", Expect.Parse(Public)),
        EndpointCase.SendAsync("POST", "api/public/documents/{code}/check", async c => $"/api/public/documents/{await CodeAsync(c)}/check", Public,
            (_, _) => Task.FromResult<HttpContent?>(Multipart.File(Multipart.Pdf, "copy.pdf"))),
        new("GET", "api/public/documents/notices/{id:guid}", async c => await IssuedAsync(c, $"/api/public/documents/notices/{await NoticeAsync(c)}"),
            Expect.Parse(Public)),
        new("GET", "api/public/documents/catalog-years", c => IssuedAsync(c, "/api/public/documents/catalog-years?" + QuietYear), Expect.Parse(Public)),
        new("GET", "api/app/decision-letters/catalog-applications/{id:guid}", RejectedFileLetterAsync, Expect.Parse(CatalogFileOfA)),
        new("GET", "api/app/decision-letters/subsidy-claims/{id:guid}", AwardLetterAsync, Expect.Parse(ClaimOfA)),
        EndpointCase.Get("api/public/open-data/listings.csv", _ => "/api/public/open-data/listings.csv", Public),
        EndpointCase.Get("api/public/open-data/listings.json", _ => "/api/public/open-data/listings.json", Public),
        EndpointCase.Get("api/public/open-data/{catalog}/{year:int:range(2000,2100)}.csv", _ => "/api/public/open-data/FirstUnit/2025.csv", Public),
        EndpointCase.Get("api/public/open-data/{catalog}/{year:int:range(2000,2100)}.json", _ => "/api/public/open-data/KeyProcurement/2025.json", Public),
    ];

    private static async Task<string> CertificateUrlAsync(MatrixContext c) =>
        $"/api/public/documents/listings/{(await ListingTestPublisher.PublishAsync(c.Factory.Services, "LY-W6", CatalogKind.FirstUnit, new DateOnly(2025, 9, 26))).Number}/certificate";

    /// <summary>A certificate issued for a fresh listing: its verification code.</summary>
    private static async Task<string> CodeAsync(MatrixContext c)
    {
        var url = await IssuedAsync(c, await CertificateUrlAsync(c));
        var number = url.Split('/')[^2];
        return await c.Factory.WithDbAsync(db => db.Set<IssuedDocument>().Where(d => d.SubjectKey == number).Select(d => d.Code).FirstAsync());
    }

    private static Task<Guid> NoticeAsync(MatrixContext c) =>
        c.Factory.WithDbAsync(db => db.PublicNotices.OrderBy(n => n.PublishedAt).Select(n => n.Id).FirstAsync());

    private static async Task<string> RejectedFileLetterAsync(MatrixContext c)
    {
        var file = await CatalogFiles.SubmittedAsync(c);
        var reviewer = await c.ClientAsync(Actor.DistrictOfA);
        (await reviewer.PostAsJsonAsync($"/api/app/catalog-applications/{file.Id}/reject", new { file.ConcurrencyStamp, reason = "不符合条件" }))
            .EnsureSuccessStatusCode();
        return await IssuedAsync(c, $"/api/app/decision-letters/catalog-applications/{file.Id}", Actor.EnterpriseA);
    }

    private static async Task<string> AwardLetterAsync(MatrixContext c) =>
        await IssuedAsync(c, $"/api/app/decision-letters/subsidy-claims/{(await ClaimFiles.ApprovedAsync(c)).Id}", Actor.EnterpriseA);

    /// <summary>Downloads once (issuing the document) and returns the URL for the real requests.</summary>
    private static async Task<string> IssuedAsync(MatrixContext c, string url, Actor? actor = null)
    {
        var client = await c.ClientAsync(actor ?? Actor.Anonymous);
        (await client.GetAsync(url)).EnsureSuccessStatusCode();
        return url;
    }
}
