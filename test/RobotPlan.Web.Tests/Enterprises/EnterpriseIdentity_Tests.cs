using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Web.Tests.Authorization.Expectations;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Enterprises;

/// <summary>Issue #14 over HTTP: the USCC's district, and the old account losing a transferred enterprise at once.</summary>
public sealed class EnterpriseIdentity_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task Should_Answer_400_Naming_JurisdictionId_When_A_Jiangbei_Uscc_Chooses_Yubei()
    {
        var response = await (await factory.ClientForAsync(null)).PostAsJsonAsync("/api/public/account/register-enterprise", new
        {
            userName = "jiangbei", password = "Northbank#2025pw", displayName = "江北", uscc = RobotPlan.Enterprises.Uscc.WithCheckCharacter("91500105MA5XJW101"),
            legalName = "重庆江北测试有限公司", address = "重庆市江北区", jurisdictionId = factory.Data.JurisdictionAId,
            contact = new { name = "测试", phone = "023-60000000", email = "jb@example.cn" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("\"jurisdictionId\"");
        body.ShouldContain("RobotPlan:Enterprise.JurisdictionContradictsUscc");
    }

    [Fact]
    public async Task Should_Refuse_The_Old_Accounts_Token_At_Once_When_The_Uscc_Is_Transferred()
    {
        var uscc = await EnterpriseIdentityData.RegisterEnterpriseAsync(factory, "T0001");
        var squatter = await SignInAsync("squatT0001", "Register#2025pw");
        (await squatter.GetAsync("/api/app/enterprises/mine")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var anonymous = await factory.ClientForAsync(null);
        var filed = await anonymous.PostAsync("/api/public/account/uscc-disputes", EnterpriseIdentityData.DisputeForm("T0001", uscc));
        filed.StatusCode.ShouldBe(HttpStatusCode.OK, await filed.Content.ReadAsStringAsync());
        var dispute = (await filed.Content.ReadFromJsonAsync<RobotPlan.Enterprises.UsccDisputeReceiptDto>())!;

        var admin = await factory.ClientForAsync(RobotPlanTestData.Administrator);
        var stamp = await factory.WithDbAsync(db => db.UsccDisputes.Where(d => d.Id == dispute.Id).Select(d => d.ConcurrencyStamp).SingleAsync());
        (await admin.PostAsJsonAsync($"/api/app/uscc-disputes/{dispute.Id}/transfer", new { concurrencyStamp = stamp }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        (await squatter.GetAsync("/api/app/enterprises/mine")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the token still names the enterprise");
        var owner = await SignInAsync("ownerT0001", "Genuine#2025pw");
        var mine = await owner.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/app/enterprises/mine");
        mine.GetProperty("uscc").GetString().ShouldBe(uscc);
        mine.GetProperty("verificationStatus").GetString().ShouldBe("Submitted");
    }

    private async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var client = factory.CreateClient();
        var token = await client.PostAsJsonAsync("/api/account/token", new { userName, password });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }
}

/// <summary>The host with the registration limit at its default of 5 attempts per address and hour.</summary>
public sealed class RegistrationLimitWebFactory : RobotPlanWebFactory
{
    protected override int RegistrationsPerHour => 5;
}

public sealed class RegistrationLimit_Tests(RegistrationLimitWebFactory factory) : IClassFixture<RegistrationLimitWebFactory>
{
    [Fact]
    public async Task Should_Answer_429_After_Five_Registration_Attempts_But_Keep_Showing_The_Form()
    {
        var client = await factory.ClientForAsync(null);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
            statuses.Add((await client.PostAsJsonAsync("/api/public/account/register-enterprise", new { userName = "limit" + i })).StatusCode);

        statuses.Take(5).ShouldAllBe(s => s == HttpStatusCode.BadRequest);
        statuses[5].ShouldBe(HttpStatusCode.TooManyRequests);
        (await client.GetAsync("/Account/Register")).StatusCode.ShouldBe(HttpStatusCode.OK, "viewing the form is not an attempt");
    }
}
