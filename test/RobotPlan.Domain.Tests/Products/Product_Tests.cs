using RobotPlan.Errors;
using RobotPlan.Products;
using RobotPlan.SeedWork;

namespace RobotPlan.Domain.Tests.Products;

public sealed class Product_Tests
{
    private static Product NewProduct() => new(Guid.CreateVersion7(), " 六轴焊接机器人 ", " LY-W6 ", "IR-WELD", " 弧焊 ");

    [Fact]
    public void Should_Trim_Name_Model_And_Description()
    {
        var product = NewProduct();
        product.ShouldSatisfyAllConditions(p => p.Name.ShouldBe("六轴焊接机器人"), p => p.Model.ShouldBe("LY-W6"),
            p => p.Description.ShouldBe("弧焊"));
    }

    [Fact]
    public void Should_Replace_Specifications_Trimmed_With_Blank_Unit_As_None()
    {
        var product = NewProduct();
        product.ReplaceSpecifications([new(" 负载 ", " 6 ", " kg "), new("轴数", "6", "  ")]);
        product.ReplaceSpecifications([new(" 负载 ", " 8 ", " kg "), new("轴数", "6", "  ")]);
        product.Specifications.ShouldBe([new ProductSpecification("负载", "8", "kg"), new ProductSpecification("轴数", "6", null)]);
    }

    [Fact]
    public void Should_Refuse_Specifications_When_More_Than_Fifty()
    {
        var product = NewProduct();
        product.ReplaceSpecifications([new("负载", "6", "kg")]);
        var tooMany = Enumerable.Range(1, ProductConsts.MaxSpecifications + 1).Select(i => new ProductSpecification($"参数{i}", "1", null));

        var error = Should.Throw<BusinessException>(() => product.ReplaceSpecifications(tooMany));

        error.Code.ShouldBe(RobotPlanErrorCodes.TooManySpecifications);
        error.Field.ShouldBe("specifications");
        product.Specifications.Count.ShouldBe(1);
    }

    [Fact]
    public void Should_Accept_Exactly_Fifty_Specifications()
    {
        var product = NewProduct();
        product.ReplaceSpecifications(Enumerable.Range(1, ProductConsts.MaxSpecifications).Select(i => new ProductSpecification($"参数{i}", "1", null)));
        product.Specifications.Count.ShouldBe(ProductConsts.MaxSpecifications);
    }
}
