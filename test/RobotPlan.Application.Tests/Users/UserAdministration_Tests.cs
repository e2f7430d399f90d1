using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Errors;
using RobotPlan.Identity;
using RobotPlan.SeedWork;
using RobotPlan.Users;

namespace RobotPlan.Application.Tests.Users;

public sealed class UserAdministration_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private const string Password = "Admin#2025created";

    private async Task<T> Users<T>(Func<IUserAppService, Task<T>> call)
    {
        await host.LoginAsAsync(RobotPlanTestData.Administrator);
        return await host.WithScopeAsync(sp => call(sp.GetRequiredService<IUserAppService>()));
    }

    private static CreateUserDto NewUser(string userName, string role, Guid? enterpriseId = null, Guid? jurisdictionId = null,
        Guid? testingBodyId = null) => new()
    {
        UserName = userName, Password = Password, DisplayName = "测试用户", Role = role,
        EnterpriseId = enterpriseId, JurisdictionId = jurisdictionId, TestingBodyId = testingBodyId,
    };

    [Fact]
    public async Task Should_Create_District_Reviewer_Bound_To_Jurisdiction()
    {
        var created = await Users(s => s.CreateAsync(NewUser("reviewer-new", RobotPlanRoles.DistrictReviewer, jurisdictionId: host.Data.JurisdictionBId)));

        created.Roles.ShouldBe([RobotPlanRoles.DistrictReviewer]);
        var saved = await host.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == created.Id));
        saved.JurisdictionId.ShouldBe(host.Data.JurisdictionBId);
        saved.EnterpriseId.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Refuse_And_Write_Nothing_When_Role_Binding_Is_Missing()
    {
        var error = await Should.ThrowAsync<BusinessException>(() => Users(s => s.CreateAsync(NewUser("no-binding", RobotPlanRoles.Enterprise))));

        error.Code.ShouldBe(RobotPlanErrorCodes.UserBindingRequired);
        error.Field.ShouldBe("enterpriseId");
        (await host.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "no-binding"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Refuse_When_Binding_Does_Not_Exist()
    {
        var error = await Should.ThrowAsync<BusinessException>(() =>
            Users(s => s.CreateAsync(NewUser("ghost-body", RobotPlanRoles.TestingBody, testingBodyId: Guid.CreateVersion7()))));
        error.Code.ShouldBe(RobotPlanErrorCodes.UserBindingNotFound);
        error.Field.ShouldBe("testingBodyId");
    }

    [Fact]
    public async Task Should_Refuse_Binding_The_Role_Does_Not_Take()
    {
        var error = await Should.ThrowAsync<BusinessException>(() =>
            Users(s => s.CreateAsync(NewUser("expert-bound", RobotPlanRoles.Expert, enterpriseId: host.Data.EnterpriseAId))));
        error.Code.ShouldBe(RobotPlanErrorCodes.UserBindingNotAllowed);
        error.Field.ShouldBe("enterpriseId");
    }

    [Fact]
    public async Task Should_Refuse_Unknown_Role()
    {
        var error = await Should.ThrowAsync<BusinessException>(() => Users(s => s.CreateAsync(NewUser("superuser", "root"))));
        error.Code.ShouldBe(RobotPlanErrorCodes.UnknownRole);
    }

    [Fact]
    public async Task Should_Refuse_Duplicate_User_Name_And_Keep_One_User()
    {
        var error = await Should.ThrowAsync<BusinessException>(() =>
            Users(s => s.CreateAsync(NewUser(RobotPlanTestData.Expert, RobotPlanRoles.Expert))));

        error.Code.ShouldBe("Identity:DuplicateUserName");
        error.Field.ShouldBe("userName");
        (await host.WithDbAsync(db => db.Users.CountAsync(u => u.UserName == RobotPlanTestData.Expert))).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Lock_Out_And_Unlock_A_User()
    {
        var created = await Users(s => s.CreateAsync(NewUser("to-lock", RobotPlanRoles.Expert)));

        var locked = await Users(s => s.LockAsync(created.Id));
        locked.IsActive.ShouldBeFalse();
        locked.IsLockedOut.ShouldBeTrue();
        (await CanSignInAsync("to-lock", Password)).ShouldBeFalse();

        var unlocked = await Users(s => s.UnlockAsync(created.Id));
        unlocked.IsLockedOut.ShouldBeFalse();
        (await CanSignInAsync("to-lock", Password)).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Refuse_When_Administrator_Locks_Themselves()
    {
        var me = await host.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == RobotPlanTestData.Administrator));
        var error = await Should.ThrowAsync<BusinessException>(() => Users(s => s.LockAsync(me.Id)));
        error.Code.ShouldBe(RobotPlanErrorCodes.CannotLockSelf);
    }

    [Fact]
    public async Task Should_Accept_Only_The_New_Password_After_Reset()
    {
        var created = await Users(s => s.CreateAsync(NewUser("forgetful", RobotPlanRoles.Expert)));

        await Users(async s => { await s.ResetPasswordAsync(created.Id, new ResetPasswordDto { NewPassword = "Reset#2025password" }); return 0; });

        (await CanSignInAsync("forgetful", Password)).ShouldBeFalse();
        (await CanSignInAsync("forgetful", "Reset#2025password")).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Filter_By_Role_And_Page()
    {
        var page = await Users(s => s.GetListAsync(new GetUsersInput { Role = RobotPlanRoles.Enterprise, MaxResultCount = 2 }));

        page.TotalCount.ShouldBeGreaterThanOrEqualTo(4);
        page.Items.Count.ShouldBe(2);
        page.Items.ShouldAllBe(u => u.Roles.Contains(RobotPlanRoles.Enterprise));
        var next = await Users(s => s.GetListAsync(new GetUsersInput { Role = RobotPlanRoles.Enterprise, MaxResultCount = 2, SkipCount = 2 }));
        next.Items.Select(u => u.Id).ShouldNotContain(page.Items[0].Id);
    }

    [Fact]
    public async Task Should_Refuse_Permission_When_Not_Administrator()
    {
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        await Should.ThrowAsync<AuthorizationException>(() =>
            host.WithScopeAsync(sp => sp.GetRequiredService<IUserAppService>().GetListAsync(new GetUsersInput())));
    }

    private Task<bool> CanSignInAsync(string userName, string password) => host.WithScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName);
        // The same gates as the login page: active, not locked out, right password.
        return user is { IsActive: true } && !await users.IsLockedOutAsync(user) && await users.CheckPasswordAsync(user, password);
    });
}
