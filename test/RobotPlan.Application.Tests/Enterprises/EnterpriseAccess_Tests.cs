using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Enterprises;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.Enterprises;

public sealed class EnterpriseAccess_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private Task<T> Enterprises<T>(Func<IEnterpriseAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<IEnterpriseAppService>()));

    [Fact]
    public async Task Should_List_Only_Own_Jurisdiction_When_District_Reviewer()
    {
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        var page = await Enterprises(s => s.GetListAsync(new GetEnterprisesInput { MaxResultCount = 100 }));
        page.Items.ShouldNotBeEmpty();
        page.Items.ShouldAllBe(e => e.JurisdictionId == host.Data.JurisdictionAId);
    }

    [Fact]
    public async Task Should_Answer_Not_Found_When_District_Reviewer_Reads_Other_Jurisdiction()
    {
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        await Should.ThrowAsync<EntityNotFoundException>(() => Enterprises(s => s.GetAsync(host.Data.EnterpriseBId)));
    }

    [Fact]
    public async Task Should_Answer_Not_Found_When_Enterprise_Reads_Another_Enterprise()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        await Should.ThrowAsync<EntityNotFoundException>(() => Enterprises(s => s.GetAsync(host.Data.EnterpriseBId)));
        (await Enterprises(s => s.GetListAsync(new GetEnterprisesInput()))).Items.ShouldHaveSingleItem().Id.ShouldBe(host.Data.EnterpriseAId);
    }

    [Fact]
    public async Task Should_See_Every_Enterprise_When_Municipal_Reviewer()
    {
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        var page = await Enterprises(s => s.GetListAsync(new GetEnterprisesInput { MaxResultCount = 100 }));
        page.TotalCount.ShouldBeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public async Task Should_Refuse_Permission_When_Expert_Lists_Enterprises()
    {
        await host.LoginAsAsync(RobotPlanTestData.Expert);
        await Should.ThrowAsync<AuthorizationException>(() => Enterprises(s => s.GetListAsync(new GetEnterprisesInput())));
    }

    [Fact]
    public async Task Should_Conflict_When_Second_Editor_Saves_A_Stale_Version()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var original = await Enterprises(s => s.GetMineAsync());
        UpdateEnterpriseDto Edit(string address) => new()
        {
            LegalName = original.LegalName, Address = address, Contact = original.Contact, ConcurrencyStamp = original.ConcurrencyStamp,
        };

        var first = await Enterprises(s => s.UpdateAsync(original.Id, Edit("渝北区 新地址 1 号")));
        await Should.ThrowAsync<ConcurrencyConflictException>(() => Enterprises(s => s.UpdateAsync(original.Id, Edit("渝北区 另一地址"))));

        first.ConcurrencyStamp.ShouldNotBe(original.ConcurrencyStamp);
        (await Enterprises(s => s.GetMineAsync())).Address.ShouldBe("渝北区 新地址 1 号");
    }

    [Fact]
    public async Task Should_Conflict_When_Two_Saves_Race_On_The_Same_Version()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var original = await Enterprises(s => s.GetMineAsync());
        // Both units of work load the same version, then both save: the database's WHERE on the stamp decides.
        await using var scope1 = host.Services.CreateAsyncScope();
        await using var scope2 = host.Services.CreateAsyncScope();
        var repo1 = scope1.ServiceProvider.GetRequiredService<IEnterpriseRepository>();
        var repo2 = scope2.ServiceProvider.GetRequiredService<IEnterpriseRepository>();
        var e1 = (await repo1.FindAsync(original.Id))!;
        var e2 = (await repo2.FindAsync(original.Id))!;
        e1.UpdateProfile(e1.LegalName, "地址甲", e1.Contact);
        e2.UpdateProfile(e2.LegalName, "地址乙", e2.Contact);

        await scope1.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        await Should.ThrowAsync<ConcurrencyConflictException>(() => scope2.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync());
        (await Enterprises(s => s.GetMineAsync())).Address.ShouldBe("地址甲");
    }
}
