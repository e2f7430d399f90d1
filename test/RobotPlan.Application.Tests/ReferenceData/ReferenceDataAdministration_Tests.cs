using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Errors;
using RobotPlan.ReferenceData;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.ReferenceData;

public sealed class ReferenceDataAdministration_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private async Task<T> Admin<T>(Func<IReferenceDataAppService, Task<T>> call)
    {
        await host.LoginAsAsync(RobotPlanTestData.Administrator);
        return await host.WithScopeAsync(sp => call(sp.GetRequiredService<IReferenceDataAppService>()));
    }

    [Fact]
    public async Task Should_Rename_Jurisdiction_In_Both_Languages()
    {
        var renamed = await Admin(s => s.RenameJurisdictionAsync(host.Data.JurisdictionBId,
            new RenameJurisdictionDto { Name = "九龙坡区（更名）", NameEn = " Jiulongpo (renamed) " }));

        renamed.Name.ShouldBe("九龙坡区（更名）");
        renamed.NameEn.ShouldBe("Jiulongpo (renamed)");
        var saved = await host.WithDbAsync(db => db.ReviewJurisdictions.SingleAsync(j => j.Id == host.Data.JurisdictionBId));
        saved.Name.ShouldBe("九龙坡区（更名）");
        saved.NameEn.ShouldBe("Jiulongpo (renamed)");
    }

    [Fact]
    public async Task Should_Answer_Conflict_When_Jurisdiction_Stamp_Is_Stale()
    {
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            Admin(s => s.RenameJurisdictionAsync(host.Data.JurisdictionAId, new RenameJurisdictionDto { Name = "渝北", NameEn = "Yubei", ConcurrencyStamp = "stale" })));
    }

    [Fact]
    public async Task Should_Add_Category_Under_A_Group()
    {
        var added = await Admin(s => s.CreateCategoryAsync(new CreateCategoryDto
        {
            Code = "ir-laser", Name = "激光加工机器人", NameEn = "Laser processing robots", ParentCode = "IR", SortOrder = 115,
        }));

        added.Code.ShouldBe("IR-LASER");
        (await Admin(s => s.GetCategoriesAsync())).ShouldContain(c => c.Code == "IR-LASER" && c.ParentCode == "IR");
    }

    [Fact]
    public async Task Should_Refuse_Duplicate_Category_Code()
    {
        var error = await Should.ThrowAsync<BusinessException>(() => Admin(s => s.CreateCategoryAsync(new CreateCategoryDto
        {
            Code = "IR-WELD", Name = "重复", NameEn = "Duplicate", ParentCode = "IR",
        })));
        error.Code.ShouldBe(RobotPlanErrorCodes.DuplicateCategoryCode);
    }

    [Fact]
    public async Task Should_Refuse_Kind_Under_A_Kind()
    {
        var error = await Should.ThrowAsync<BusinessException>(() => Admin(s => s.CreateCategoryAsync(new CreateCategoryDto
        {
            Code = "IR-WELD-ARC", Name = "弧焊", NameEn = "Arc welding", ParentCode = "IR-WELD",
        })));
        error.Code.ShouldBe(RobotPlanErrorCodes.UnknownParentCategory);
        error.Field.ShouldBe("parentCode");
    }

    [Fact]
    public async Task Should_Rename_Category_In_Both_Languages()
    {
        var renamed = await Admin(s => s.RenameCategoryAsync("SR-EDU", new RenameCategoryDto { Name = "教育机器人", NameEn = "Education robots" }));
        renamed.Name.ShouldBe("教育机器人");
        renamed.NameEn.ShouldBe("Education robots");
    }

    [Fact]
    public async Task Should_Add_And_Deactivate_Testing_Body_With_Normalized_Uscc()
    {
        var uscc = RobotPlanTestData.UnusedChongqingUscc;
        var added = await Admin(s => s.CreateTestingBodyAsync(new SaveOrganizationDto
        {
            Name = " 重庆新检测院 ", NameEn = " Chongqing New Testing Institute ", Uscc = uscc.ToLowerInvariant(),
        }));
        added.Name.ShouldBe("重庆新检测院");
        added.NameEn.ShouldBe("Chongqing New Testing Institute");
        added.Uscc.ShouldBe(uscc);
        added.IsActive.ShouldBeTrue();

        var updated = await Admin(s => s.UpdateTestingBodyAsync(added.Id, new SaveOrganizationDto { Name = "重庆新检测院", NameEn = "Chongqing Testing Institute", IsActive = false }));
        updated.IsActive.ShouldBeFalse();
        updated.NameEn.ShouldBe("Chongqing Testing Institute");
        updated.Uscc.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Refuse_Invalid_Uscc_For_Certification_Body()
    {
        var before = await host.WithDbAsync(db => db.CertificationBodies.CountAsync());
        var error = await Should.ThrowAsync<BusinessException>(() =>
            Admin(s => s.CreateCertificationBodyAsync(new SaveOrganizationDto { Name = "某认证中心", NameEn = "Some Certification Centre", Uscc = "91350100M000100Y44" })));
        error.Code.ShouldBe(RobotPlanErrorCodes.UsccInvalid);
        (await host.WithDbAsync(db => db.CertificationBodies.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Should_Refuse_Edits_Without_Permission_But_Serve_Lists_Anonymously()
    {
        await host.LoginAsAsync(null);
        var service = (Func<IReferenceDataAppService, Task<IReadOnlyList<JurisdictionDto>>>)(s => s.GetJurisdictionsAsync());
        (await host.WithScopeAsync(sp => service(sp.GetRequiredService<IReferenceDataAppService>()))).Count.ShouldBe(41);

        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        await Should.ThrowAsync<AuthorizationException>(() => host.WithScopeAsync(sp =>
            sp.GetRequiredService<IReferenceDataAppService>().CreateTestingBodyAsync(new SaveOrganizationDto { Name = "x", NameEn = "x" })));
    }
}
