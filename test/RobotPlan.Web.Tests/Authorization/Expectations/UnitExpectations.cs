using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogListings;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.Files;
using RobotPlan.Units;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

/// <summary>
/// The unit registry: enterprises see units they made or bought, testing bodies units of products they tested, municipal
/// reviewers all; the cases use a unit of A's LY-W6 (tested by the seeded body) without a buyer, so B answers 404.
/// </summary>
internal sealed class UnitExpectations : IEndpointExpectations
{
    private const string Read = "anon=401 A=200 B=404 mun=200 test=200 *=403";

    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/units", _ => "/api/app/units", "anon=401 A=200 B=200 mun=200 test=200 *=403"),
        new("GET", "api/app/units/{id:guid}", async c => $"/api/app/units/{(await UnitAsync(c)).Unit}", Expect.Parse(Read)),
        new("GET", "api/app/units/{id:guid}/trace", async c => $"/api/app/units/{(await UnitAsync(c)).Unit}/trace", Expect.Parse(Read)),
        new("GET", "api/app/units/{id:guid}/incidents/{incidentId:guid}/evidence",
            async c => { var (unit, incident) = await UnitAsync(c, IncidentSeverity.Minor); return $"/api/app/units/{unit}/incidents/{incident}/evidence"; },
            Expect.Parse(Read)),
        EndpointCase.SendAsync("POST", "api/app/units", _ => Task.FromResult("/api/app/units"), "anon=401 A=200 B=404 *=403",
            async (c, _) => MatrixContext.Json(new { productId = await ProductAsync(c), serialNumber = "MX-" + Guid.NewGuid().ToString("N")[..12] })),
        EndpointCase.SendAsync("POST", "api/app/units/{id:guid}/incidents", async c => $"/api/app/units/{(await UnitAsync(c)).Unit}/incidents",
            "anon=401 A=200 B=404 test=200 *=403", (_, _) => Task.FromResult<HttpContent?>(Incident())),
        EndpointCase.SendAsync("POST", "api/app/units/{id:guid}/incidents/{incidentId:guid}/suspend-listings", async c =>
            {
                await ListingTestPublisher.PublishAsync(c.Factory.Services, "LY-W6", CatalogKind.FirstUnit, DateOnly.FromDateTime(DateTime.UtcNow));
                var (unit, incident) = await UnitAsync(c, IncidentSeverity.Major);
                return $"/api/app/units/{unit}/incidents/{incident}/suspend-listings";
            }, "anon=401 mun=200 *=403",
            (_, _) => Task.FromResult<HttpContent?>(MatrixContext.Json(new { reason = "重大质量事故", documentNumber = "渝经信质〔2025〕1号", documentDate = "2025-09-26" }))),
    ];

    private static MultipartFormDataContent Incident() => new()
    {
        { new StringContent(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd")), "occurredOn" },
        { new StringContent("Minor"), "severity" },
        { new StringContent("示教器偶发卡顿"), "description" },
    };

    private static Task<Guid> ProductAsync(MatrixContext c) =>
        c.Factory.WithDbAsync(db => db.Products.Where(p => p.Model == "LY-W6").Select(p => p.Id).SingleAsync());

    /// <summary>A fresh unit of A's LY-W6, with one incident (and its evidence file) when a severity is given.</summary>
    public static async Task<(Guid Unit, Guid? Incident)> UnitAsync(MatrixContext c, IncidentSeverity? severity = null)
    {
        await using var scope = c.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RobotPlanDbContext>();
        var productId = await db.Products.Where(p => p.Model == "LY-W6").Select(p => p.Id).SingleAsync();
        var unit = new ProductUnit(c.Data.EnterpriseAId, productId, "MXU-" + Guid.NewGuid().ToString("N")[..12], null, null, null, null, null, UnitSource.Enterprise);
        Guid? incidentId = null;
        if (severity is { } s)
        {
            var file = await scope.ServiceProvider.GetRequiredService<FileStore>()
                .SaveAsync(new FileUpload(new MemoryStream(Multipart.Pdf), "证据.pdf", Multipart.Pdf.Length), c.Data.EnterpriseAId, false, default);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            incidentId = unit.ReportIncident(IncidentReporterKind.Enterprise, null, "matrix", today, s, "矩阵测试", file.Id, today, DateTime.UtcNow).Id;
        }
        db.Add(unit);
        await db.SaveChangesAsync();
        return (unit.Id, incidentId);
    }
}
