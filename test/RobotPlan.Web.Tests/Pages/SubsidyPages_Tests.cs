using System.Net;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Pages;

public sealed class SubsidyPages_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task Should_Show_The_Estimate_Line_By_Line_To_Anyone()
    {
        var html = await (await factory.ClientForAsync(null)).GetStringAsync("/Subsidies/Estimate?premiumPaid=90000&sumInsured=2000000");
        html.ShouldContain("可补偿保费");
        html.ShouldContain("48,000.00 元");
    }

    /// <summary>Issue #16 item 6: money as English writes it, not with the Chinese unit after the number.</summary>
    [Fact]
    public async Task Should_Write_Yuan_With_The_Currency_Sign_When_The_Page_Is_In_English()
    {
        var html = await (await factory.ClientForAsync(null, "en")).GetStringAsync("/Subsidies/Estimate?premiumPaid=90000&sumInsured=2000000");
        html.ShouldContain("¥48,000.00");
        html.ShouldNotContain("元");
    }

    [Fact]
    public async Task Should_Show_A_Field_Error_Instead_Of_An_Estimate_For_Bad_Input()
    {
        var html = await (await factory.ClientForAsync(null)).GetStringAsync("/Subsidies/Estimate?premiumPaid=-3&sumInsured=2000000");
        html.ShouldNotContain("data-testid=\"estimate-amount\"");
        html.ShouldContain("实缴保费");
    }

    [Fact]
    public async Task Should_Show_Programmes_To_Finance_And_Not_To_Enterprises()
    {
        var finance = await factory.ClientForAsync(RobotPlanTestData.FinanceOfficer);
        (await finance.GetAsync("/Subsidies/Programs")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var enterprise = await factory.ClientForAsync(RobotPlanTestData.EnterpriseAUser);
        (await enterprise.GetAsync("/Subsidies/Programs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
