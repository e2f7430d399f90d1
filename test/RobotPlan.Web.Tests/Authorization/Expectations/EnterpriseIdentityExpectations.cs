using Microsoft.EntityFrameworkCore;
using static RobotPlan.Web.Tests.Authorization.Expectations.EnterpriseIdentityData;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

/// <summary>
/// Issue #14: verification (A's own users submit, only A's district decides: another district 404) and USCC disputes
/// (filed anonymously, decided by administrators). A is verified by the seed, so a submission or decision that passes
/// authorization meets the state rule (422): the status shows who got through.
/// </summary>
internal sealed class EnterpriseIdentityExpectations : IEndpointExpectations
{
    private const string Readers = "anon=401 A=200 B=404 dA=200 dO=404 mun=200 exp=403 fin=200 test=403 admin=200 sec=403 aud=403";
    private Guid _dispute;

    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/enterprises/{id:guid}/verification", c => $"/api/app/enterprises/{c.Data.EnterpriseAId}/verification", Readers),
        EndpointCase.Get("api/app/enterprises/{id:guid}/verification/licence",
            c => $"/api/app/enterprises/{c.Data.EnterpriseAId}/verification/licence", Readers),
        EndpointCase.Send("POST", "api/app/enterprises/{id:guid}/verification", c => $"/api/app/enterprises/{c.Data.EnterpriseAId}/verification",
            "anon=401 A=422 B=404 *=403", (_, _) =>
            {
                var form = Multipart.File(Multipart.Pdf, "营业执照.pdf");
                form.Add(new StringContent("张经理"), "legalRepresentative");
                return form;
            }),
        EndpointCase.SendAsync("POST", "api/app/enterprises/{id:guid}/verification/verify",
            c => Task.FromResult($"/api/app/enterprises/{c.Data.EnterpriseAId}/verification/verify"),
            "anon=401 dA=422 dO=404 *=403", async (c, _) => MatrixContext.Json(new { concurrencyStamp = await StampOfAAsync(c) })),
        EndpointCase.SendAsync("POST", "api/app/enterprises/{id:guid}/verification/reject",
            c => Task.FromResult($"/api/app/enterprises/{c.Data.EnterpriseAId}/verification/reject"),
            "anon=401 dA=422 dO=404 *=403", async (c, _) => MatrixContext.Json(new { reason = "矩阵测试", concurrencyStamp = await StampOfAAsync(c) })),

        // Filing is for someone who is not signed in (a new account comes with it).
        new EndpointCase("POST", "api/public/account/uscc-disputes", _ => Task.FromResult("/api/public/account/uscc-disputes"),
            Expect.Parse("anon=200 *=422"))
        {
            Body = async (c, _) =>
            {
                var unique = NextUnique();
                return DisputeForm(unique, await RegisterEnterpriseAsync(c.Factory, unique));
            },
        },
        EndpointCase.Get("api/app/uscc-disputes", _ => "/api/app/uscc-disputes", "anon=401 admin=200 *=403"),
        EndpointCase.Get("api/app/uscc-disputes/mine", _ => "/api/app/uscc-disputes/mine", "anon=401 *=200"),
        new EndpointCase("GET", "api/app/uscc-disputes/{id:guid}", async c => $"/api/app/uscc-disputes/{await DisputeAsync(c)}",
            Expect.Parse("anon=401 admin=200 *=404")),
        new EndpointCase("GET", "api/app/uscc-disputes/{id:guid}/licence", async c => $"/api/app/uscc-disputes/{await DisputeAsync(c)}/licence",
            Expect.Parse("anon=401 admin=200 *=404")),
        new EndpointCase("POST", "api/app/uscc-disputes/{id:guid}/transfer", async c => $"/api/app/uscc-disputes/{await DisputeAsync(c)}/transfer",
            Expect.Parse("anon=401 admin=200 *=403")) { Body = async (c, _) => MatrixContext.Json(new { concurrencyStamp = await DisputeStampAsync(c) }) },
        new EndpointCase("POST", "api/app/uscc-disputes/{id:guid}/dismiss", async c => $"/api/app/uscc-disputes/{await DisputeAsync(c)}/dismiss",
            Expect.Parse("anon=401 admin=200 *=403"))
        {
            Body = async (c, _) => MatrixContext.Json(new { reason = "矩阵测试", concurrencyStamp = await DisputeStampAsync(c) }),
        },
    ];

    /// <summary>A fresh open dispute for each request (a decided one could not be decided again).</summary>
    private async Task<Guid> DisputeAsync(MatrixContext c) => _dispute = await FileDisputeAsync(c.Factory, NextUnique());

    private Task<string> DisputeStampAsync(MatrixContext c) =>
        c.Factory.WithDbAsync(db => db.UsccDisputes.Where(d => d.Id == _dispute).Select(d => d.ConcurrencyStamp).SingleAsync());

    private static Task<string> StampOfAAsync(MatrixContext c) =>
        c.Factory.WithDbAsync(db => db.Enterprises.Where(e => e.Id == c.Data.EnterpriseAId).Select(e => e.ConcurrencyStamp).SingleAsync());
}
