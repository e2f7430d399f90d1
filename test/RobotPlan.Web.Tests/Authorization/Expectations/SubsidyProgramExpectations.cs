using Microsoft.EntityFrameworkCore;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

internal sealed class SubsidyProgramExpectations : IEndpointExpectations
{
    // Each create uses a fresh year, so a success is a 200 and never a duplicate-programme 422.
    private static int _year = 2100;

    private static object NewProgram() => new
    {
        year = Interlocked.Decrement(ref _year), kind = "InsuranceCompensation", title = "矩阵测试项目",
        opensAt = "2030-03-01T09:00:00", closesAt = "2030-05-01T00:00:00", budget = 1_000_000m,
        parameters = new { rateCap = 0.03m, subsidyRate = 0.8m },
    };

    private static async Task<string> AnyProgramUrlAsync(MatrixContext c, string suffix = "")
    {
        var id = await c.Factory.WithDbAsync(async db =>
        {
            var existing = await db.SubsidyPrograms.Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
            if (existing is { } found) return found;
            var admin = await c.ClientAsync(Actor.Admin);
            var created = await admin.PostAsync("/api/app/subsidy-programs", MatrixContext.Json(NewProgram()));
            created.EnsureSuccessStatusCode();
            return await db.SubsidyPrograms.Select(p => p.Id).FirstAsync();
        });
        return $"/api/app/subsidy-programs/{id}{suffix}";
    }

    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/subsidy-programs", _ => "/api/app/subsidy-programs", "anon=401 mun=200 fin=200 admin=200 *=403"),
        EndpointCase.SendAsync("GET", "api/app/subsidy-programs/{id:guid}", c => AnyProgramUrlAsync(c),
            "anon=401 mun=200 fin=200 admin=200 *=403", (_, _) => Task.FromResult<HttpContent?>(null)),
        EndpointCase.Send("POST", "api/app/subsidy-programs", _ => "/api/app/subsidy-programs",
            "anon=401 fin=200 admin=200 *=403", (_, _) => MatrixContext.Json(NewProgram())),
        EndpointCase.SendAsync("PUT", "api/app/subsidy-programs/{id:guid}", c => AnyProgramUrlAsync(c),
            "anon=401 fin=200 admin=200 *=403", async (c, _) =>
            {
                var stamp = await c.Factory.WithDbAsync(db => db.SubsidyPrograms.Select(p => p.ConcurrencyStamp).FirstAsync());
                return MatrixContext.Json(new
                {
                    title = "矩阵测试项目", opensAt = "2030-03-01T09:00:00", closesAt = "2030-05-01T00:00:00", budget = 2_000_000m,
                    concurrencyStamp = stamp,
                });
            }),
        EndpointCase.SendAsync("POST", "api/app/subsidy-programs/{id:guid}/parameters", c => AnyProgramUrlAsync(c, "/parameters"),
            "anon=401 fin=200 admin=200 *=403", (_, _) => Task.FromResult<HttpContent?>(MatrixContext.Json(new
            {
                parameters = new { rateCap = 0.025m, subsidyRate = 0.8m }, reason = "矩阵测试",
            }))),
        // Issue #19 finding 7: trying values on an example claim is for those who may change them.
        EndpointCase.SendAsync("POST", "api/app/subsidy-programs/{id:guid}/parameters/preview", c => AnyProgramUrlAsync(c, "/parameters/preview"),
            "anon=401 fin=200 admin=200 *=403", (_, _) => Task.FromResult<HttpContent?>(MatrixContext.Json(new
            {
                parameters = new { rateCap = 0.02m, rewardRate = 0.15m }, premiumPaid = 300_000m, sumInsured = 10_000_000m, contractPrice = 8_000_000m,
            }))),
        EndpointCase.Get("api/public/subsidy-estimate", _ => "/api/public/subsidy-estimate?premiumPaid=90000&sumInsured=2000000",
            "*=200"),
    ];
}
