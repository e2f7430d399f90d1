using System.Net;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Web.Tests.Infrastructure;
using RobotPlan.Web.Tests.Pages;

namespace RobotPlan.Web.Tests.Credit;

/// <summary>The audit administrator's chain page: intact after real requests (the audit log chains itself), broken after a raw edit.</summary>
public sealed class HistoryChainPage_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task Should_Report_Intact_Chains_Then_The_Edited_Audit_Row()
    {
        var admin = await PageClient.SignedInAsync(factory, RobotPlanTestData.AuditAdministrator);
        // Several audited requests at once: they race for the audit chain's head and must all land, chained.
        var municipal = await factory.ClientForAsync(RobotPlanTestData.MunicipalReviewer);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => municipal.PostAsync($"/api/app/credit-records/{Guid.Empty}/end",
            new StringContent("{\"reason\":\"x\",\"documentNumber\":\"d\"}", System.Text.Encoding.UTF8, "application/json"))));
        // The audit row is written as the request ends, which may be just after the client has its response.
        var audited = 0;
        for (var wait = 0; wait < 50 && audited < 8; wait++)
        {
            if (wait > 0) await Task.Delay(100);
            audited = await factory.WithDbAsync(db => db.AuditLogs.CountAsync(a => a.Url.Contains(Guid.Empty.ToString())));
        }
        audited.ShouldBe(8);

        var html = await admin.Http.GetStringAsync("/Admin/HistoryChain?verify=true");
        html.ShouldContain("alert-success");
        // Each chain in people's words, not the C# type it is stored as.
        html.ShouldContain(">操作审计日志<");
        html.ShouldContain(">目录申报办理历史<");
        html.ShouldNotContain(">CatalogApplicationHistoryEntry<");
        html.ShouldContain("北京时间");

        var row = await factory.WithDbAsync(db => db.AuditLogs.OrderBy(a => a.ExecutionTime).FirstAsync());
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditLogs\" SET \"StatusCode\" = \"StatusCode\" + 1 WHERE \"Id\" = {0}", row.Id));
        var broken = await admin.Http.GetStringAsync("/Admin/HistoryChain?verify=true");
        broken.ShouldContain("alert-danger");
        broken.ShouldContain(row.Id.ToString());

        var enterprise = await PageClient.SignedInAsync(factory, RobotPlanTestData.EnterpriseAUser);
        (await enterprise.Http.GetAsync("/Admin/HistoryChain")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
