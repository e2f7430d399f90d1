using Microsoft.Extensions.DependencyInjection;
using RobotPlan.AuditLogging;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.AuditLogging;

public sealed class AuditLogQuery_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private static readonly DateTime T0 = new(2025, 9, 1, 0, 0, 0, DateTimeKind.Utc);

    private async Task SeedAsync()
    {
        await host.WithDbAsync(async db =>
        {
            if (db.AuditLogs.Any()) return 0;
            for (var i = 0; i < 7; i++)
            {
                db.AuditLogs.Add(new AuditLog
                {
                    ExecutionTime = T0.AddMinutes(i), UserName = i % 2 == 0 ? "alice" : "bob", HttpMethod = i < 5 ? "POST" : "PUT",
                    Url = $"/api/app/things/{i}", StatusCode = i == 3 ? 422 : 200,
                    EntityChanges = i == 6 ? [new EntityChange { EntityType = "Enterprise", EntityId = "e1", ChangeType = "Modified" }] : [],
                });
            }
            return await db.SaveChangesAsync();
        });
        await host.LoginAsAsync(RobotPlanTestData.AuditAdministrator);
    }

    private Task<RobotPlan.Dtos.PagedResultDto<AuditLogDto>> QueryAsync(GetAuditLogsInput input) =>
        host.WithScopeAsync(sp => sp.GetRequiredService<IAuditLogAppService>().GetListAsync(input));

    [Fact]
    public async Task Should_Page_Newest_First_With_Entity_Changes()
    {
        await SeedAsync();

        var first = await QueryAsync(new GetAuditLogsInput { MaxResultCount = 3 });
        var second = await QueryAsync(new GetAuditLogsInput { MaxResultCount = 3, SkipCount = 3 });

        first.TotalCount.ShouldBe(7);
        first.Items.Select(l => l.Url).ShouldBe(["/api/app/things/6", "/api/app/things/5", "/api/app/things/4"]);
        first.Items[0].EntityChanges.ShouldHaveSingleItem().EntityType.ShouldBe("Enterprise");
        second.Items.Select(l => l.Url).ShouldBe(["/api/app/things/3", "/api/app/things/2", "/api/app/things/1"]);
    }

    [Fact]
    public async Task Should_Filter_By_User_Method_And_Status()
    {
        await SeedAsync();

        (await QueryAsync(new GetAuditLogsInput { UserName = "alice" })).TotalCount.ShouldBe(4);
        (await QueryAsync(new GetAuditLogsInput { HttpMethod = "put" })).TotalCount.ShouldBe(2);
        (await QueryAsync(new GetAuditLogsInput { StatusCode = 422 })).Items.ShouldHaveSingleItem().Url.ShouldBe("/api/app/things/3");
    }

    [Fact]
    public async Task Should_Refuse_Without_Audit_Permission()
    {
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        await Should.ThrowAsync<AuthorizationException>(() => QueryAsync(new GetAuditLogsInput()));
    }
}
