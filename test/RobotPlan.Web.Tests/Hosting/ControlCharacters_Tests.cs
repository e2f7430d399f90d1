using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Hosting;

/// <summary>
/// Issue #14 (S-D): U+0000 and the other C0 control characters are a 400 naming the field on both databases (PostgreSQL
/// refuses 0x00 in text; SQLite stored it); tab and line breaks pass only where a field is multi-line.
/// </summary>
public sealed class ControlCharacters_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    /// <summary>The named fields, lower-cased: MVC names a record's parameter "contact.Name", a query's "Keyword".</summary>
    private static async Task<string[]> FieldsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")
            .EnumerateObject().Select(e => e.Name.ToLowerInvariant()).ToArray();
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u0007")]
    [InlineData("\u001b[31m")]
    [InlineData("\n")]
    public async Task Should_Answer_400_Naming_The_Field_When_A_Single_Line_Field_Has_A_Control_Character(string control)
    {
        var client = await factory.ClientForAsync(null);
        var before = await factory.WithDbAsync(db => db.Enterprises.CountAsync());

        var response = await client.PostAsJsonAsync("/api/public/account/register-enterprise", new
        {
            userName = "ctl" + (int)control[0], password = "Control#2025pw", displayName = "控制字符",
            uscc = RobotPlan.Enterprises.Uscc.WithCheckCharacter("91500103MA5XCC" + (100 + control[0])),
            legalName = "重庆控制" + control + "有限公司", address = "重庆市渝中区",
            contact = new { name = "测试" + control, phone = "023-60000000", email = "ctl@example.cn" },
        });

        (await FieldsAsync(response)).ShouldBe(["contact.name", "legalname"], ignoreOrder: true);
        (await factory.WithDbAsync(db => db.Enterprises.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Should_Answer_400_Naming_The_Query_Parameter_When_It_Has_A_Nul()
    {
        var client = await factory.ClientForAsync(RobotPlanTestData.MunicipalReviewer);
        (await FieldsAsync(await client.GetAsync("/api/app/enterprises?keyword=%00"))).ShouldBe(["keyword"]);
    }

    [Fact]
    public async Task Should_Keep_Line_Breaks_And_Tabs_In_A_Multi_Line_Field_But_Not_A_Nul()
    {
        var client = await factory.ClientForAsync(RobotPlanTestData.EnterpriseAUser);
        object Product(string description) => new { name = "多行描述", model = "ML-" + Guid.NewGuid().ToString("N")[..6], categoryCode = "IR-WELD", description };

        (await client.PostAsJsonAsync("/api/app/products", Product("第一行\r\n第二行\t缩进"))).IsSuccessStatusCode.ShouldBeTrue();
        (await FieldsAsync(await client.PostAsJsonAsync("/api/app/products", Product("第一行\u0000")))).ShouldBe(["description"]);
    }
}
