using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Accounts;
using RobotPlan.Enterprises;
using RobotPlan.Errors;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.Enterprises;

public sealed class EnterpriseRegistration_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    // Anonymous, and no jurisdiction chosen: the USCC's division code names it (issue #14).
    private async Task<RegisteredEnterpriseDto> RegisterAsync(string userName, string uscc, Guid? jurisdictionId = null)
    {
        await host.LoginAsAsync(null);
        return await host.WithScopeAsync(sp => sp.GetRequiredService<IAccountAppService>().RegisterEnterpriseAsync(new RegisterEnterpriseDto
        {
            UserName = userName,
            Password = "Secret#2025abc",
            DisplayName = "李经理",
            Uscc = uscc,
            LegalName = "重庆新锐机器人有限公司",
            Address = "重庆市渝中区解放碑 1 号",
            JurisdictionId = jurisdictionId,
            Contact = new ContactDto("李经理", "023-63000000", "li@example.cn"),
        }));
    }

    private Task<Guid> JurisdictionAsync(string code) =>
        host.WithDbAsync(db => db.ReviewJurisdictions.Where(j => j.Code == code).Select(j => j.Id).SingleAsync());

    [Fact]
    public async Task Should_Derive_The_District_From_The_Uscc_When_None_Is_Chosen()
    {
        var registered = await RegisterAsync("jiangbei1", Uscc.WithCheckCharacter("91500105MA5XJB101"));

        var saved = await host.WithDbAsync(db => db.Enterprises.SingleAsync(e => e.Id == registered.EnterpriseId));
        saved.JurisdictionId.ShouldBe(await JurisdictionAsync("500105"));
        saved.VerificationStatus.ShouldBe(EnterpriseVerificationStatus.Unverified);
    }

    [Fact]
    public async Task Should_Refuse_On_JurisdictionId_When_The_Chosen_District_Contradicts_The_Uscc()
    {
        // The finding: 91500105… (江北区) was accepted into 渝北区, so the applicant picked its reviewer.
        var uscc = Uscc.WithCheckCharacter("91500105MA5XJB202");
        var error = await Should.ThrowAsync<BusinessException>(() => RegisterAsync("jiangbei2", uscc, host.Data.JurisdictionAId));

        error.Code.ShouldBe(RobotPlanErrorCodes.JurisdictionContradictsUscc);
        error.Field.ShouldBe("jurisdictionId");
        (await host.WithDbAsync(db => db.Enterprises.AnyAsync(e => e.Uscc == uscc))).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Accept_The_Functional_Zone_Covering_The_District_Of_The_Uscc()
    {
        var registered = await RegisterAsync("jiangbei3", Uscc.WithCheckCharacter("91500105MA5XJB303"), await JurisdictionAsync("LJXQ"));

        (await host.WithDbAsync(db => db.Enterprises.SingleAsync(e => e.Id == registered.EnterpriseId))).JurisdictionId
            .ShouldBe(await JurisdictionAsync("LJXQ"));
    }

    [Fact]
    public async Task Should_Map_A_Former_County_Code_To_Todays_District()
    {
        // 500227 璧山县 became 500120 璧山区 in 2014; USCCs issued before keep the old code.
        var registered = await RegisterAsync("bishan", Uscc.WithCheckCharacter("91500227MA5XBT101"));

        (await host.WithDbAsync(db => db.Enterprises.SingleAsync(e => e.Id == registered.EnterpriseId))).JurisdictionId
            .ShouldBe(await JurisdictionAsync("500120"));
    }

    [Fact]
    public async Task Should_Accept_A_Contradicting_District_When_An_Administrator_Granted_An_Exemption()
    {
        var uscc = Uscc.WithCheckCharacter("91500105MA5XJB404");
        await host.LoginAsAsync(RobotPlanTestData.Administrator);
        await host.WithScopeAsync(sp => sp.GetRequiredService<IEnterpriseAppService>()
            .GrantCrossRegionExemptionAsync(new GrantCrossRegionExemptionDto { Uscc = uscc, Reason = "已迁至渝北区，执照待换发" }));

        var registered = await RegisterAsync("jiangbei4", uscc, host.Data.JurisdictionAId);

        (await host.WithDbAsync(db => db.Enterprises.SingleAsync(e => e.Id == registered.EnterpriseId))).JurisdictionId
            .ShouldBe(host.Data.JurisdictionAId);
    }

    [Fact]
    public async Task Should_Refuse_A_Second_Enterprise_When_The_User_Is_Signed_In()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var uscc = Uscc.WithCheckCharacter("91500112MA5XTJ101");

        var error = await Should.ThrowAsync<BusinessException>(() => host.WithScopeAsync(sp =>
            sp.GetRequiredService<IAccountAppService>().RegisterEnterpriseAsync(new RegisterEnterpriseDto
            {
                UserName = "second", Password = "Secret#2025abc", DisplayName = "x", Uscc = uscc, LegalName = "重庆第二家有限公司",
                Address = "渝北区", Contact = new ContactDto("x", "023-1", "x@example.cn"),
            })));

        error.Code.ShouldBe(RobotPlanErrorCodes.AlreadySignedIn);
        (await host.WithDbAsync(db => db.Enterprises.AnyAsync(e => e.Uscc == uscc))).ShouldBeFalse();
    }

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
        await host.LoginAsAsync(null);
        var error = await Should.ThrowAsync<BusinessException>(() =>
            host.WithScopeAsync(sp => sp.GetRequiredService<IAccountAppService>().RegisterEnterpriseAsync(new RegisterEnterpriseDto
            {
                UserName = "weakling", Password = "short", DisplayName = "x", Uscc = uscc, LegalName = "重庆弱密码有限公司",
                Address = "渝中区", Contact = new ContactDto("x", "023-1", "x@example.cn"),
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

        var registered = await RegisterAsync("fuzhou", RobotPlanTestData.FuzhouUscc, host.Data.JurisdictionAId);
        var saved = await host.WithDbAsync(db => db.Enterprises.SingleAsync(e => e.Id == registered.EnterpriseId));
        saved.IsCrossRegionException.ShouldBeTrue();
    }
}
