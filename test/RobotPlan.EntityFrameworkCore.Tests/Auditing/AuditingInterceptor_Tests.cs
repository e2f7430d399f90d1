using Microsoft.EntityFrameworkCore;
using RobotPlan.ReferenceData;

namespace RobotPlan.EntityFrameworkCore.Tests.Auditing;

public sealed class AuditingInterceptor_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    [Fact]
    public async Task Should_Fill_Creation_Audit_From_Current_User_And_Clock()
    {
        await host.LoginAsAsync(RobotPlanTestData.Administrator);
        var adminId = await host.InScopeAsync(db => db.Users.Where(u => u.UserName == RobotPlanTestData.Administrator).Select(u => u.Id).SingleAsync());

        var body = await host.InScopeAsync(async db =>
        {
            var created = new TestingBody("重庆审计测试检测所", "Test body", null);
            db.TestingBodies.Add(created);
            await db.SaveChangesAsync();
            return created;
        });

        var saved = await host.InScopeAsync(db => db.TestingBodies.SingleAsync(b => b.Id == body.Id));
        saved.CreatorId.ShouldBe(adminId);
        saved.CreationTime.ShouldBe(host.Clock.GetUtcNow().UtcDateTime);
        saved.CreationTime.Kind.ShouldBe(DateTimeKind.Utc);
        saved.LastModificationTime.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Fill_Modification_Audit_And_Renew_Stamp_On_Update()
    {
        await host.LoginAsAsync(RobotPlanTestData.Administrator);
        var id = await host.InScopeAsync(async db =>
        {
            var body = new TestingBody("修改前", "Test body", null);
            db.TestingBodies.Add(body);
            await db.SaveChangesAsync();
            return body.Id;
        });
        var stampBefore = await host.InScopeAsync(db => db.TestingBodies.Where(b => b.Id == id).Select(b => b.ConcurrencyStamp).SingleAsync());
        host.Clock.Advance(TimeSpan.FromHours(1));

        await host.InScopeAsync(async db =>
        {
            (await db.TestingBodies.SingleAsync(b => b.Id == id)).Update("修改后", "Renamed", null, isActive: true);
            return await db.SaveChangesAsync();
        });

        var saved = await host.InScopeAsync(db => db.TestingBodies.SingleAsync(b => b.Id == id));
        saved.LastModificationTime.ShouldBe(host.Clock.GetUtcNow().UtcDateTime);
        saved.LastModifierId.ShouldNotBeNull();
        saved.ConcurrencyStamp.ShouldNotBe(stampBefore);
    }

    [Fact]
    public async Task Should_Soft_Delete_And_Hide_Row_From_Queries()
    {
        await host.LoginAsAsync(RobotPlanTestData.Administrator);
        var id = await host.InScopeAsync(async db =>
        {
            var body = new CertificationBody("待删除认证机构", "Test body", null);
            db.CertificationBodies.Add(body);
            await db.SaveChangesAsync();
            db.CertificationBodies.Remove(body);
            await db.SaveChangesAsync();
            return body.Id;
        });

        (await host.InScopeAsync(db => db.CertificationBodies.AnyAsync(b => b.Id == id))).ShouldBeFalse();
        var row = await host.InScopeAsync(db => db.CertificationBodies.IgnoreQueryFilters().SingleAsync(b => b.Id == id));
        row.IsDeleted.ShouldBeTrue();
        row.DeletionTime.ShouldNotBeNull();
        row.DeleterId.ShouldNotBeNull();
    }

    [Fact]
    public void Should_Keep_Money_Exact_To_The_Fen_Through_Storage()
    {
        // Money is stored as integer fen; the converter rounds half away from zero, never to even.
        var converter = new MoneyFenConverter();
        converter.ConvertToProvider(12.345m).ShouldBe(1235L);
        converter.ConvertToProvider(-12.345m).ShouldBe(-1235L);
        converter.ConvertToProvider(0.125m).ShouldBe(13L);
        converter.ConvertFromProvider(1235L).ShouldBe(12.35m);
    }

    [Fact]
    public async Task Should_Order_Instants_Correctly_On_The_Lanes_Provider()
    {
        await host.LoginAsAsync(null);
        var names = await host.InScopeAsync(async db =>
        {
            // Stored out of order on purpose; the database, not insertion order, must sort them.
            var start = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            foreach (var hours in new[] { 5, -3, 1 })
                db.TestingBodies.Add(new TestingBody($"排序{hours}", "Test body", null) { CreationTime = start.AddHours(hours) });
            await db.SaveChangesAsync();
            return await db.TestingBodies.Where(b => b.Name.StartsWith("排序")).OrderBy(b => b.CreationTime).Select(b => b.Name).ToListAsync();
        });
        names.ShouldBe(["排序-3", "排序1", "排序5"]);
    }

    [Fact]
    public async Task Should_Record_No_Creator_When_Nobody_Is_Signed_In()
    {
        await host.LoginAsAsync(null);
        var body = await host.InScopeAsync(async db =>
        {
            var created = new TestingBody("匿名创建", "Test body", null);
            db.TestingBodies.Add(created);
            await db.SaveChangesAsync();
            return created;
        });
        body.CreatorId.ShouldBeNull();
    }
}
