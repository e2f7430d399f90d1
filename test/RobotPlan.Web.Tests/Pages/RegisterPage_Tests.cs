using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Enterprises;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Pages;

/// <summary>The registration form as a browser posts it: antiforgery token from the form, cookie sign-in, redirect.</summary>
public sealed partial class RegisterPage_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task Should_Register_Sign_In_And_Redirect_To_My_Enterprise()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var uscc = Uscc.WithCheckCharacter("91500103MA5XPG101");

        using var response = await PostFormAsync(client, "page-user", uscc);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/Enterprises/Mine");
        var enterprise = await factory.WithDbAsync(db => db.Enterprises.SingleAsync(e => e.Uscc == uscc));
        (await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "page-user"))).EnterpriseId.ShouldBe(enterprise.Id);

        // Signed in by the cookie the redirect carried: the profile page shows the new enterprise and the message.
        var mine = await client.GetStringAsync("/Enterprises/Mine");
        mine.ShouldContain(uscc);
        mine.ShouldContain("注册成功");
    }

    [Fact]
    public async Task Should_Show_Field_Error_In_Chinese_When_Uscc_Is_Taken()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var before = await factory.WithDbAsync(db => db.Users.CountAsync());

        using var response = await PostFormAsync(client, "copy-user", RobotPlanTestData.EnterpriseAUscc);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("该统一社会信用代码");
        html.ShouldContain("data-valmsg-for=\"Input.Uscc\"");
        (await factory.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(before);
    }

    private async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string userName, string uscc)
    {
        var form = await client.GetStringAsync("/Account/Register");
        form.ShouldContain("data-testid=\"register-submit\"");
        var token = TokenPattern().Match(form).Groups[1].Value;
        token.ShouldNotBeEmpty();
        return await client.PostAsync("/Account/Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = "Page#2025secret",
            ["Input.DisplayName"] = "页面测试",
            ["Input.Uscc"] = uscc,
            ["Input.LegalName"] = "重庆页面测试机器人有限公司",
            ["Input.Address"] = "重庆市渝中区民生路 1 号",
            ["Input.JurisdictionId"] = "", // the form's default: the district the USCC names (渝中区)
            ["Input.Contact.Name"] = "王经理",
            ["Input.Contact.Phone"] = "023-63000001",
            ["Input.Contact.Email"] = "page@example.cn",
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
