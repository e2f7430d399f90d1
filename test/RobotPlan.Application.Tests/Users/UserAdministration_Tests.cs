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

    /// <summary>As the system administrator (users, passwords) unless another is named.</summary>
    private async Task<T> Users<T>(Func<IUserAppService, Task<T>> call, string asUser = RobotPlanTestData.Administrator)
    {
        await host.LoginAsAsync(asUser);
        return await host.WithScopeAsync(sp => call(sp.GetRequiredService<IUserAppService>()));
    }

    /// <summary>三员分立: locks, roles and second factors are the security administrator's.</summary>
    private Task<T> Security<T>(Func<IUserAppService, Task<T>> call) => Users(call, RobotPlanTestData.SecurityAdministrator);

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

        var locked = await Security(s => s.LockAsync(created.Id));
        locked.IsActive.ShouldBeFalse();
        locked.IsLockedOut.ShouldBeTrue();
        (await CanSignInAsync("to-lock", Password)).ShouldBeFalse();

        var unlocked = await Security(s => s.UnlockAsync(created.Id));
        unlocked.IsLockedOut.ShouldBeFalse();
        (await CanSignInAsync("to-lock", Password)).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Refuse_When_Administrator_Locks_Themselves()
    {
        var me = await host.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == RobotPlanTestData.SecurityAdministrator));
        var error = await Should.ThrowAsync<BusinessException>(() => Security(s => s.LockAsync(me.Id)));
        error.Code.ShouldBe(RobotPlanErrorCodes.CannotLockSelf);
    }

    [Fact]
    public async Task Should_Refuse_When_Security_Administrator_Changes_Its_Own_Role_Or_Second_Factor()
    {
        var me = await host.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == RobotPlanTestData.SecurityAdministrator));

        (await Should.ThrowAsync<BusinessException>(() => Security(s => s.ChangeRoleAsync(me.Id, new ChangeRoleDto { Role = RobotPlanRoles.Administrator }))))
            .Code.ShouldBe(RobotPlanErrorCodes.CannotChangeOwnAccess);
        (await Should.ThrowAsync<BusinessException>(() => Security(s => s.ResetTwoFactorAsync(me.Id))))
            .Code.ShouldBe(RobotPlanErrorCodes.CannotChangeOwnAccess);
        (await host.WithScopeAsync(async sp => await sp.GetRequiredService<UserManager<AppUser>>().GetRolesAsync(me)))
            .ShouldBe([RobotPlanRoles.SecurityAdministrator]);
    }

    [Fact]
    public async Task Should_Refuse_When_System_Administrator_Grants_An_Administrators_Role()
    {
        var error = await Should.ThrowAsync<BusinessException>(() => Users(s => s.CreateAsync(NewUser("would-be-auditor", RobotPlanRoles.AuditAdministrator))));

        error.Code.ShouldBe(RobotPlanErrorCodes.AdministratorRoleReserved);
        error.Field.ShouldBe("role");
        (await host.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "would-be-auditor"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Let_Security_Administrator_Make_A_New_Auditor_From_A_Created_User()
    {
        var created = await Users(s => s.CreateAsync(NewUser("new-auditor", RobotPlanRoles.Expert)));

        var auditor = await Security(s => s.ChangeRoleAsync(created.Id, new ChangeRoleDto { Role = RobotPlanRoles.AuditAdministrator }));

        auditor.Roles.ShouldBe([RobotPlanRoles.AuditAdministrator]);
    }

    [Theory]
    [InlineData(RobotPlanTestData.Administrator)]
    [InlineData(RobotPlanTestData.AuditAdministrator)]
    public async Task Should_Refuse_Locks_Roles_And_Second_Factors_To_The_Other_Administrators(string userName)
    {
        var target = await host.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == RobotPlanTestData.Expert));

        await Should.ThrowAsync<AuthorizationException>(() => Users(s => s.LockAsync(target.Id), userName));
        await Should.ThrowAsync<AuthorizationException>(() => Users(s => s.ResetTwoFactorAsync(target.Id), userName));
        await Should.ThrowAsync<AuthorizationException>(() => Users(s => s.ChangeRoleAsync(target.Id, new ChangeRoleDto { Role = RobotPlanRoles.Expert }), userName));
    }

    [Fact]
    public async Task Should_Refuse_Creating_Users_And_Password_Resets_To_The_Security_Administrator()
    {
        var target = await host.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == RobotPlanTestData.Expert));

        await Should.ThrowAsync<AuthorizationException>(() => Security(s => s.CreateAsync(NewUser("sec-made", RobotPlanRoles.Expert))));
        await Should.ThrowAsync<AuthorizationException>(() =>
            Security(async s => { await s.ResetPasswordAsync(target.Id, new ResetPasswordDto { NewPassword = "Reset#2025password" }); return 0; }));
    }

    [Theory]
    [InlineData("Password#123", "Identity:PasswordTooCommon")]
    [InlineData("1qaz@2wsx#3edc", "Identity:PasswordTooCommon")]
    [InlineData("zhang-wei#2025", "Identity:PasswordContainsAccountName")]
    public async Task Should_Refuse_Common_Passwords_And_Ones_Containing_The_User_Name(string password, string code)
    {
        var input = NewUser("zhang-wei", RobotPlanRoles.Expert);
        input.Password = password;

        var error = await Should.ThrowAsync<BusinessException>(() => Users(s => s.CreateAsync(input)));

        error.Code.ShouldBe(code);
        error.Field.ShouldBe("password");
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
