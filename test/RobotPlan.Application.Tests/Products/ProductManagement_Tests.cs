using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Errors;
using RobotPlan.Products;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.Products;

public sealed class ProductManagement_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private Task<T> Products<T>(Func<IProductAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<IProductAppService>()));

    private static CreateProductDto NewProduct(string model, string category = "IR-WELD") => new()
    {
        Name = "弧焊机器人", Model = model, CategoryCode = category, Description = "测试",
        Specifications = [new() { Name = "负载", Value = "10", Unit = "kg" }],
    };

    private static UpdateProductDto Edit(ProductDto p, string name, string? model = null) => new()
    {
        Name = name, Model = model ?? p.Model, CategoryCode = p.CategoryCode, Description = p.Description,
        Specifications = [.. p.Specifications], ConcurrencyStamp = p.ConcurrencyStamp,
    };

    [Fact]
    public async Task Should_Create_Product_For_Own_Enterprise_When_Enterprise_User()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var created = await Products(s => s.CreateAsync(NewProduct(" LY-T100 ")));

        created.EnterpriseId.ShouldBe(host.Data.EnterpriseAId);
        created.Model.ShouldBe("LY-T100");
        created.CategoryName.ShouldBe("焊接机器人");
        created.Specifications.ShouldHaveSingleItem().Unit.ShouldBe("kg");
        (await Products(s => s.GetAsync(created.Id))).Name.ShouldBe("弧焊机器人");
    }

    [Fact]
    public async Task Should_Refuse_Duplicate_Model_When_Same_Enterprise()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var error = await Should.ThrowAsync<BusinessException>(() => Products(s => s.CreateAsync(NewProduct("LY-W6"))));
        error.Code.ShouldBe(RobotPlanErrorCodes.DuplicateProductModel);
        error.Field.ShouldBe("model");
    }

    [Fact]
    public async Task Should_Allow_Same_Model_When_Other_Enterprise()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseBUser);
        (await Products(s => s.CreateAsync(NewProduct("LY-W6")))).EnterpriseId.ShouldBe(host.Data.EnterpriseBId);
    }

    [Theory]
    [InlineData("IR")]
    [InlineData("NO-SUCH")]
    public async Task Should_Refuse_Category_When_Unknown_Or_Top_Level(string category)
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var error = await Should.ThrowAsync<BusinessException>(() => Products(s => s.CreateAsync(NewProduct("LY-X" + category, category))));
        error.Code.ShouldBe(RobotPlanErrorCodes.UnknownCategory);
        error.Field.ShouldBe("categoryCode");
    }

    [Fact]
    public async Task Should_Refuse_Model_Change_When_Model_Taken()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var product = await Products(s => s.CreateAsync(NewProduct("LY-M1")));
        var error = await Should.ThrowAsync<BusinessException>(() => Products(s => s.UpdateAsync(product.Id, Edit(product, "改名", "LY-W6"))));
        error.Code.ShouldBe(RobotPlanErrorCodes.DuplicateProductModel);
        (await Products(s => s.UpdateAsync(product.Id, Edit(product, "改名", "LY-M2")))).Model.ShouldBe("LY-M2");
    }

    [Fact]
    public async Task Should_Conflict_When_Update_Uses_A_Stale_Stamp()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var original = await Products(s => s.CreateAsync(NewProduct("LY-C1")));

        var first = await Products(s => s.UpdateAsync(original.Id, Edit(original, "第一次")));
        await Should.ThrowAsync<ConcurrencyConflictException>(() => Products(s => s.UpdateAsync(original.Id, Edit(original, "第二次"))));

        first.ConcurrencyStamp.ShouldNotBe(original.ConcurrencyStamp);
        (await Products(s => s.GetAsync(original.Id))).Name.ShouldBe("第一次");
    }

    [Fact]
    public async Task Should_Soft_Delete_When_Owner_Deletes()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var product = await Products(s => s.CreateAsync(NewProduct("LY-D1")));

        await Products(async s => { await s.DeleteAsync(product.Id); return 0; });

        await Should.ThrowAsync<EntityNotFoundException>(() => Products(s => s.GetAsync(product.Id)));
        var row = await host.WithDbAsync(db => db.Products.IgnoreQueryFilters().SingleAsync(p => p.Id == product.Id));
        row.IsDeleted.ShouldBeTrue();
        row.DeletionTime.ShouldBe(host.Clock.GetUtcNow().UtcDateTime);
        // Owned values survive a soft delete (the interceptor must not let Remove() cascade to them).
        row.Specifications.ShouldHaveSingleItem().Name.ShouldBe("负载");
    }

    [Fact]
    public async Task Should_Answer_Not_Found_When_Enterprise_Edits_Or_Deletes_Another_Enterprises_Product()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseBUser);
        var bProduct = await Products(s => s.CreateAsync(NewProduct("SC-N1")));

        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        await Should.ThrowAsync<EntityNotFoundException>(() => Products(s => s.GetAsync(bProduct.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => Products(s => s.UpdateAsync(bProduct.Id, Edit(bProduct, "篡改"))));
        await Should.ThrowAsync<EntityNotFoundException>(() => Products(async s => { await s.DeleteAsync(bProduct.Id); return 0; }));

        var row = await host.WithDbAsync(db => db.Products.SingleAsync(p => p.Id == bProduct.Id));
        row.Name.ShouldBe("弧焊机器人");
    }
}
