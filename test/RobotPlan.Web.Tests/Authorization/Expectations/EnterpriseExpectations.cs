using Microsoft.EntityFrameworkCore;
using RobotPlan.Enterprises;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

internal sealed class EnterpriseExpectations : IEndpointExpectations
{
    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/enterprises", _ => "/api/app/enterprises",
            "anon=401 A=200 B=200 dA=200 dO=200 mun=200 exp=403 fin=200 test=403 admin=200 sec=403 aud=403"),
        // Enterprise A's record: its own users, its district, programme-wide roles; others get 404, never its data.
        EndpointCase.Get("api/app/enterprises/{id:guid}", c => $"/api/app/enterprises/{c.Data.EnterpriseAId}",
            "anon=401 A=200 B=404 dA=200 dO=404 mun=200 exp=403 fin=200 test=403 admin=200 sec=403 aud=403"),
        EndpointCase.Get("api/app/enterprises/mine", _ => "/api/app/enterprises/mine",
            "anon=401 A=200 B=200 *=403"),
        // Only A's own users may edit A (others: 404 if they may see it, 403 without the permission).
        EndpointCase.SendAsync("PUT", "api/app/enterprises/{id:guid}", c => Task.FromResult($"/api/app/enterprises/{c.Data.EnterpriseAId}"),
            "anon=401 A=200 B=404 *=403", async (c, _) => MatrixContext.Json(new
            {
                legalName = "重庆凌云智能装备有限公司",
                address = "重庆市渝北区仙桃街道数据谷中路 8 号",
                contact = new { name = "张经理", phone = "023-67880001", email = "lingyun@example.cn" },
                concurrencyStamp = await c.Factory.WithDbAsync(db =>
                    db.Enterprises.Where(e => e.Id == c.Data.EnterpriseAId).Select(e => e.ConcurrencyStamp).SingleAsync()),
            })),
        EndpointCase.Send("POST", "api/app/enterprises/cross-region-exemptions", _ => "/api/app/enterprises/cross-region-exemptions",
            "anon=401 admin=200 *=403", (c, _) => MatrixContext.Json(new
            {
                uscc = Uscc.WithCheckCharacter("91350100MA" + c.Unique("").PadLeft(5, '0') + "XY"),
                reason = "矩阵测试",
            })),
    ];
}
