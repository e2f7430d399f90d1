using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

internal sealed class ProductExpectations : IEndpointExpectations
{
    // Products may be seen by their enterprise, its district and the city; only the enterprise edits them.
    private const string ReadA = "anon=401 A=200 B=404 dA=200 dO=404 mun=200 exp=403 fin=403 test=403 admin=200 sec=403 aud=403";
    private const string ManageA = "anon=401 A=200 B=404 *=403";

    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/products", _ => "/api/app/products",
            "anon=401 A=200 B=200 dA=200 dO=200 mun=200 exp=403 fin=403 test=403 admin=200 sec=403 aud=403"),
        EndpointCase.Send("POST", "api/app/products", _ => "/api/app/products", "anon=401 A=200 B=200 *=403",
            (c, _) => MatrixContext.Json(NewProduct(c.Unique("MX-")))),
        new("GET", "api/app/products/{id:guid}", async c => $"/api/app/products/{await ProductOfAAsync(c)}", Expect.Parse(ReadA)),
        EndpointCase.SendAsync("PUT", "api/app/products/{id:guid}", async c => $"/api/app/products/{await ProductOfAAsync(c)}", ManageA,
            async (c, _) =>
            {
                var id = await ProductOfAAsync(c);
                var stamp = await c.Factory.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.ConcurrencyStamp).SingleAsync());
                return MatrixContext.Json(new
                {
                    name = "六轴焊接机器人", model = "LY-W6", categoryCode = "IR-WELD", description = "矩阵测试",
                    specifications = new[] { new { name = "负载", value = "6", unit = "kg" } }, concurrencyStamp = stamp,
                });
            }),
        // A fresh product of A's for every request, so A's 200 does not depend on what ran before.
        new("DELETE", "api/app/products/{id:guid}", async c => $"/api/app/products/{await NewProductOfAAsync(c)}",
            Expect.Parse("anon=401 A=204 B=404 *=403")),
        EndpointCase.SendAsync("POST", "api/app/products/{id:guid}/brochure", async c => $"/api/app/products/{await ProductOfAAsync(c)}/brochure",
            ManageA, (_, _) => Task.FromResult<HttpContent?>(Multipart.File(Multipart.Png, "brochure.png"))),
        new("GET", "api/app/products/{id:guid}/brochure", async c => $"/api/app/products/{await ProductOfAAsync(c)}/brochure", Expect.Parse(ReadA)),
    ];

    public static object NewProduct(string model) => new
    {
        name = "矩阵测试机器人", model, categoryCode = "IR-WELD", specifications = new[] { new { name = "负载", value = "6", unit = "kg" } },
    };

    /// <summary>The seeded LY-W6 of enterprise A (it has a brochure).</summary>
    public static Task<Guid> ProductOfAAsync(MatrixContext c) =>
        c.Factory.WithDbAsync(db => db.Products.Where(p => p.EnterpriseId == c.Data.EnterpriseAId && p.Model == "LY-W6").Select(p => p.Id).SingleAsync());

    private static async Task<Guid> NewProductOfAAsync(MatrixContext c)
    {
        var client = await c.ClientAsync(Actor.EnterpriseA);
        var response = await client.PostAsJsonAsync("/api/app/products", NewProduct(c.Unique("DEL-")));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<IdOnly>())!.Id;
    }
}

internal sealed record IdOnly(Guid Id);
