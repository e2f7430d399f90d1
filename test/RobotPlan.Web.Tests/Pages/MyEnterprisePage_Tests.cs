using System.Net;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Data;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Pages;

/// <summary>The enterprise's own profile page: bank account name rule, and a stale form answered with "reload".</summary>
public sealed class MyEnterprisePage_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private const string Page = "/Enterprises/Mine";

    private async Task<(PageClient Client, Dictionary<string, string> Form)> OpenAsync()
    {
        var client = await PageClient.SignedInAsync(factory, RobotPlanTestData.EnterpriseBUser);
        var html = await client.Http.GetStringAsync(Page);
        var enterprise = await factory.WithDbAsync(db => db.Enterprises.SingleAsync(e => e.Id == factory.Data.EnterpriseBId));
        PageClient.HiddenValue(html, "Input.ConcurrencyStamp").ShouldBe(enterprise.ConcurrencyStamp);
        return (client, new Dictionary<string, string>
        {
            ["Input.LegalName"] = enterprise.LegalName, ["Input.Address"] = enterprise.Address,
            ["Input.ContactName"] = "赵经理", ["Input.ContactPhone"] = "023-65000000", ["Input.ContactEmail"] = "zhao@example.cn",
            ["Input.ConcurrencyStamp"] = enterprise.ConcurrencyStamp,
        });
    }

    /// <summary>Issue #16 item 8: every demo profile is valid under its own form's rules (the seeded payout account included).</summary>
    [Theory]
    [InlineData(DemoUsers.EnterpriseLingyun)]
    [InlineData(DemoUsers.EnterpriseShancheng)]
    [InlineData(DemoUsers.EnterpriseLiangjiang)]
    [InlineData(DemoUsers.EnterpriseBayu)]
    public async Task Should_Save_The_Profile_When_A_Demo_Enterprise_Submits_It_As_Shown(string userName)
    {
        var client = await PageClient.SignedInAsync(factory, userName);
        var html = await client.Http.GetStringAsync(Page);
        var form = new[] { "LegalName", "Address", "ContactName", "ContactPhone", "ContactEmail", "BankAccountName", "BankName", "BankAccountNumber", "ConcurrencyStamp" }
            .ToDictionary(f => "Input." + f, f => WebUtility.HtmlDecode(PageClient.HiddenValue(html, "Input." + f)));
        form["Input.BankAccountNumber"].ShouldNotBeEmpty(); // the demo's payout account is on the form

        using var response = await client.PostFormAsync(Page, Page, form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_Save_Bank_Account_In_The_Legal_Name()
    {
        var (client, form) = await OpenAsync();
        form["Input.BankAccountName"] = form["Input.LegalName"];
        form["Input.BankName"] = "重庆银行九龙坡支行";
        form["Input.BankAccountNumber"] = "6217000012345678";

        using var response = await client.PostFormAsync(Page, Page, form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await factory.WithDbAsync(db => db.Enterprises.SingleAsync(e => e.Id == factory.Data.EnterpriseBId));
        saved.BankAccount!.AccountNumber.ShouldBe("6217000012345678");
        saved.Contact.Name.ShouldBe("赵经理");
    }

    [Fact]
    public async Task Should_Show_Field_Error_When_Account_Name_Differs_From_Legal_Name()
    {
        var (client, form) = await OpenAsync();
        form["Input.BankAccountName"] = "别人的公司";
        form["Input.BankName"] = "重庆银行";
        form["Input.BankAccountNumber"] = "6217000012345678";

        using var response = await client.PostFormAsync(Page, Page, form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("收款账户名称必须与企业法定名称一致");
    }

    [Fact]
    public async Task Should_Ask_To_Reload_When_Someone_Else_Saved_First()
    {
        var (client, form) = await OpenAsync();
        form["Input.ConcurrencyStamp"] = Guid.NewGuid().ToString("N");

        using var response = await client.PostFormAsync(Page, Page, form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("他人修改");
    }
}
