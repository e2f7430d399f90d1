using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Accounts;
using RobotPlan.Enterprises;
using RobotPlan.Errors;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.Enterprises;

public sealed class EnterpriseRegistration_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private Task<RegisteredEnterpriseDto> RegisterAsync(string userName, string uscc) =>
        host.WithScopeAsync(sp => sp.GetRequiredService<IAccountAppService>().RegisterEnterpriseAsync(new RegisterEnterpriseDto
        {
            UserName = userName,
            Password = "Secret#2025abc",
            DisplayName = "李经理",
            Uscc = uscc,
            LegalName = "重庆新锐机器人有限公司",
            Address = "重庆市渝中区解放碑 1 号",
            JurisdictionId = host.Data.JurisdictionAId,
            Contact = new ContactDto("李经理", "023-63000000", "li@example.cn"),
        }));

    [Fact]
    public async Task Should_Create_User_And_Enterprise_When_Registering()
    {
        var uscc = Uscc.WithCheckCharacter("91500103MA5XRG101");
        var result = await RegisterAsync("xinrui", uscc);

        var saved = await host.WithDbAsync(db => db.Enterprises.SingleAsync(e => e.Id == result.EnterpriseId));
        saved.Uscc.ShouldBe(uscc);
        var user = await host.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == result.UserId));
        user.EnterpriseId.ShouldBe(result.EnterpriseId);
    }

    [Fact]
    public async Task Should_Refuse_And_Write_Nothing_When_Uscc_Already_Registered()
    {
        var before = await host.WithDbAsync(db => db.Users.CountAsync());
        var error = await Should.ThrowAsync<BusinessException>(() => RegisterAsync("copycat", RobotPlanTestData.EnterpriseAUscc));
        error.Code.ShouldBe(RobotPlanErrorCodes.DuplicateUscc);
        (await host.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Should_Name_The_Field_When_Uscc_Check_Character_Is_Wrong()
    {
        var error = await Should.ThrowAsync<BusinessException>(() => RegisterAsync("typo", "91350100M000100Y44"));
        error.Code.ShouldBe(RobotPlanErrorCodes.UsccInvalid);
        error.Field.ShouldBe("uscc");
    }

    [Fact]
    public async Task Should_Roll_Back_Enterprise_When_Password_Is_Too_Weak()
    {
        var uscc = Uscc.WithCheckCharacter("91500103MA5XWK201");
        var error = await Should.ThrowAsync<BusinessException>(() =>
            host.WithScopeAsync(sp => sp.GetRequiredService<IAccountAppService>().RegisterEnterpriseAsync(new RegisterEnterpriseDto
            {
                UserName = "weakling", Password = "short", DisplayName = "x", Uscc = uscc, LegalName = "重庆弱密码有限公司",
                Address = "渝中区", JurisdictionId = host.Data.JurisdictionAId, Contact = new ContactDto("x", "023-1", "x@example.cn"),
            })));
        error.Field.ShouldBe("password");
        (await host.WithDbAsync(db => db.Enterprises.AnyAsync(e => e.Uscc == uscc))).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Refuse_Enterprise_Outside_Chongqing_Unless_Exempted()
    {
        var error = await Should.ThrowAsync<BusinessException>(() => RegisterAsync("fuzhou", RobotPlanTestData.FuzhouUscc));
        error.Code.ShouldBe(RobotPlanErrorCodes.NotRegisteredInChongqing);

        await host.LoginAsAsync(RobotPlanTestData.Administrator);
        await host.WithScopeAsync(sp => sp.GetRequiredService<IEnterpriseAppService>()
            .GrantCrossRegionExemptionAsync(new GrantCrossRegionExemptionDto { Uscc = RobotPlanTestData.FuzhouUscc, Reason = "在渝设立生产基地" }));

        var registered = await RegisterAsync("fuzhou", RobotPlanTestData.FuzhouUscc);
        var saved = await host.WithDbAsync(db => db.Enterprises.SingleAsync(e => e.Id == registered.EnterpriseId));
        saved.IsCrossRegionException.ShouldBeTrue();
    }
}
