using Microsoft.EntityFrameworkCore;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

/// <summary>Lists are public; edits are the administrator's. Edits here rewrite the current values, so other rows are unaffected.</summary>
internal sealed class ReferenceDataExpectations : IEndpointExpectations
{
    private const string AdminOnly = "anon=401 admin=200 *=403";

    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/public/reference-data/jurisdictions", _ => "/api/public/reference-data/jurisdictions", "*=200"),
        EndpointCase.Get("api/public/reference-data/categories", _ => "/api/public/reference-data/categories", "*=200"),
        EndpointCase.Get("api/public/reference-data/testing-bodies", _ => "/api/public/reference-data/testing-bodies", "*=200"),
        EndpointCase.Get("api/public/reference-data/certification-bodies", _ => "/api/public/reference-data/certification-bodies", "*=200"),
        EndpointCase.SendAsync("PUT", "api/app/reference-data/jurisdictions/{id:guid}",
            c => Task.FromResult($"/api/app/reference-data/jurisdictions/{c.Data.JurisdictionAId}"), AdminOnly,
            async (c, _) => MatrixContext.Json(new
            {
                name = await c.Factory.WithDbAsync(db => db.ReviewJurisdictions.Where(j => j.Id == c.Data.JurisdictionAId).Select(j => j.Name).SingleAsync()),
                nameEn = await c.Factory.WithDbAsync(db => db.ReviewJurisdictions.Where(j => j.Id == c.Data.JurisdictionAId).Select(j => j.NameEn).SingleAsync()),
            })),
        EndpointCase.Send("POST", "api/app/reference-data/categories", _ => "/api/app/reference-data/categories", AdminOnly,
            (c, _) => MatrixContext.Json(new { code = c.Unique("IR-MATRIX"), name = "矩阵类别", nameEn = "Matrix kind", parentCode = "IR", sortOrder = 500 })),
        EndpointCase.Send("PUT", "api/app/reference-data/categories/{code}", _ => "/api/app/reference-data/categories/IR-WELD", AdminOnly,
            (_, _) => MatrixContext.Json(new { name = "焊接机器人", nameEn = "Welding robots" })),
        EndpointCase.Send("POST", "api/app/reference-data/testing-bodies", _ => "/api/app/reference-data/testing-bodies", AdminOnly,
            (c, _) => MatrixContext.Json(new { name = c.Unique("矩阵检测机构"), nameEn = c.Unique("Matrix testing body"), isActive = true })),
        EndpointCase.SendAsync("PUT", "api/app/reference-data/testing-bodies/{id:guid}",
            c => Task.FromResult($"/api/app/reference-data/testing-bodies/{c.Data.TestingBodyId}"), AdminOnly,
            async (c, _) => MatrixContext.Json(new
            {
                name = await c.Factory.WithDbAsync(db => db.TestingBodies.Where(b => b.Id == c.Data.TestingBodyId).Select(b => b.Name).SingleAsync()),
                nameEn = await c.Factory.WithDbAsync(db => db.TestingBodies.Where(b => b.Id == c.Data.TestingBodyId).Select(b => b.NameEn).SingleAsync()),
                isActive = true,
            })),
        EndpointCase.Send("POST", "api/app/reference-data/certification-bodies", _ => "/api/app/reference-data/certification-bodies", AdminOnly,
            (c, _) => MatrixContext.Json(new { name = c.Unique("矩阵认证机构"), nameEn = c.Unique("Matrix certification body"), isActive = true })),
        EndpointCase.SendAsync("PUT", "api/app/reference-data/certification-bodies/{id:guid}",
            async c => $"/api/app/reference-data/certification-bodies/{await FirstCertificationBodyAsync(c)}", AdminOnly,
            async (c, _) => MatrixContext.Json(new
            {
                name = await c.Factory.WithDbAsync(db => db.CertificationBodies.OrderBy(b => b.Id).Select(b => b.Name).FirstAsync()),
                nameEn = await c.Factory.WithDbAsync(db => db.CertificationBodies.OrderBy(b => b.Id).Select(b => b.NameEn).FirstAsync()),
                isActive = true,
            })),
    ];

    private static Task<Guid> FirstCertificationBodyAsync(MatrixContext c) =>
        c.Factory.WithDbAsync(db => db.CertificationBodies.OrderBy(b => b.Id).Select(b => b.Id).FirstAsync());
}
