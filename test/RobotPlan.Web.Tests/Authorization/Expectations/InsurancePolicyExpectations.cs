using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Products;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

internal sealed class InsurancePolicyExpectations : IEndpointExpectations
{
    private static async Task<Guid> PolicyOfAAsync(MatrixContext c)
    {
        var existing = await c.Factory.WithDbAsync(db =>
            db.InsurancePolicies.Where(p => p.EnterpriseId == c.Data.EnterpriseAId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync());
        if (existing is { } id) return id;
        var client = await c.ClientAsync(Actor.EnterpriseA);
        (await client.PostAsync("/api/app/insurance-policies", MatrixContext.Json(await NewPolicyAsync(c)))).EnsureSuccessStatusCode();
        return await PolicyOfAAsync(c);
    }

    private static async Task<object> NewPolicyAsync(MatrixContext c)
    {
        var productId = await c.Factory.WithDbAsync(db => db.Products.Where(p => p.EnterpriseId == c.Data.EnterpriseAId).Select(p => p.Id).FirstAsync());
        return new
        {
            insurer = "人保财险", policyNumber = c.Unique("MATRIX-"), periodStart = "2025-03-01", periodEnd = "2026-02-28",
            premium = 30_000m, sumInsured = 1_000_000m, liabilityLimit = 1_000_000m,
            units = new[]
            {
                new { productId, serialNumber = "SN-1", buyerUscc = "91350100M000100Y43", buyerName = "买方", contractNumber = "HT-1",
                      deliveryDate = "2025-03-01", unitValue = 800_000m },
            },
        };
    }

    private static HttpContent Proof()
    {
        var form = new MultipartFormDataContent { { new StringContent("30000"), "premiumPaid" } };
        var file = new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "proof.pdf");
        return form;
    }

    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/insurance-policies", _ => "/api/app/insurance-policies",
            "anon=401 A=200 B=200 mun=200 fin=200 admin=200 *=403"),
        EndpointCase.SendAsync("GET", "api/app/insurance-policies/{id:guid}", async c => $"/api/app/insurance-policies/{await PolicyOfAAsync(c)}",
            "anon=401 A=200 B=404 mun=200 fin=200 admin=200 *=403", (_, _) => Task.FromResult<HttpContent?>(null)),
        // B insuring A's product is a 400 naming units[0].productId.
        EndpointCase.SendAsync("POST", "api/app/insurance-policies", _ => Task.FromResult("/api/app/insurance-policies"),
            "anon=401 A=200 B=400 *=403", async (c, _) => MatrixContext.Json(await NewPolicyAsync(c))),
        EndpointCase.SendAsync("POST", "api/app/insurance-policies/{id:guid}/premium-payment",
            async c => $"/api/app/insurance-policies/{await PolicyOfAAsync(c)}/premium-payment",
            "anon=401 A=200 B=404 *=403", (_, _) => Task.FromResult<HttpContent?>(Proof())),
    ];
}
