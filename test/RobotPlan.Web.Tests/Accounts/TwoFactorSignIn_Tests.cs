using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Data;
using RobotPlan.Identity;
using RobotPlan.Web.Tests.Infrastructure;
using RobotPlan.Web.Tests.Pages;

namespace RobotPlan.Web.Tests.Accounts;

/// <summary>
/// Issue #14: finance officers, reviewers and administrators sign in with a TOTP second factor — on the login page and
/// on POST /api/account/token (challenge, then code) — set up on first sign-in; enterprises may turn it on; the security
/// administrator resets it. Codes come from the demo users' fixed keys (<see cref="DemoUsers.AuthenticatorKeys"/>).
/// </summary>
public sealed partial class TwoFactorSignIn_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [GeneratedRegex("data-testid=\"shared-key\">([A-Z2-7 ]+)<")]
    private static partial Regex SharedKeyPattern();

    [Fact]
    public async Task Should_Answer_A_Challenge_Not_A_Token_When_The_Role_Requires_A_Second_Factor()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/account/token", new { userName = DemoUsers.Finance, password = DemoUsers.Password });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("RobotPlan:Account.TwoFactorRequired");
        problem.GetProperty("challengeToken").GetString().ShouldNotBeNullOrEmpty();
        problem.TryGetProperty("accessToken", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Issue_The_Token_For_The_Challenge_And_The_Right_Code_Only()
    {
        var client = factory.CreateClient();
        var challenge = await ChallengeAsync(client, DemoUsers.Municipal);

        var wrong = await client.PostAsJsonAsync("/api/account/token/two-factor", new { challengeToken = challenge, code = OtherCode(DemoUsers.Municipal) });
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("RobotPlan:Account.LoginFailed");
        var forged = await client.PostAsJsonAsync("/api/account/token/two-factor",
            new { challengeToken = challenge[..^4] + "AAAA", code = Totp.Code(DemoUsers.AuthenticatorKeys[DemoUsers.Municipal]) });
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var right = await client.PostAsJsonAsync("/api/account/token/two-factor",
            new { challengeToken = challenge, code = Totp.Code(DemoUsers.AuthenticatorKeys[DemoUsers.Municipal]) });
        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Should_Accept_A_Recovery_Code_Once()
    {
        var codes = await WithUserManagerAsync(DemoUsers.Finance2, (users, user) => users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10));
        var client = factory.CreateClient();

        var first = await client.PostAsJsonAsync("/api/account/token/two-factor",
            new { challengeToken = await ChallengeAsync(client, DemoUsers.Finance2), recoveryCode = codes!.First() });
        var again = await client.PostAsJsonAsync("/api/account/token/two-factor",
            new { challengeToken = await ChallengeAsync(client, DemoUsers.Finance2), recoveryCode = codes!.First() });

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Answer_400_Naming_Code_When_Neither_Code_Nor_Recovery_Code_Is_Sent()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/account/token/two-factor", new { challengeToken = "x" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("code", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Not_Sign_In_On_The_Login_Page_Before_The_Code()
    {
        var page = new PageClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        using var password = await page.PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["Input.UserName"] = DemoUsers.DistrictYubei, ["Input.Password"] = DemoUsers.Password });
        password.Headers.Location!.OriginalString.ShouldStartWith("/Account/LoginWithTwoFactor");

        // Between the steps the browser is not signed in.
        (await page.Http.GetAsync("/api/app/enterprises")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var wrong = await page.PostFormAsync(password.Headers.Location.OriginalString, password.Headers.Location.OriginalString,
            new() { ["Code"] = OtherCode(DemoUsers.DistrictYubei) });
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("alert-danger");

        using var right = await page.PostFormAsync(password.Headers.Location.OriginalString, password.Headers.Location.OriginalString,
            new() { ["Code"] = Totp.Code(DemoUsers.AuthenticatorKeys[DemoUsers.DistrictYubei]) });
        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.Http.GetAsync("/api/app/enterprises")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Set_Up_The_Authenticator_On_First_Sign_In_When_The_Role_Requires_It()
    {
        var system = await factory.ClientForAsync(DemoUsers.Admin);
        (await system.PostAsJsonAsync("/api/app/users", new
        {
            userName = "municipal-new", password = "Municipal#2026new", displayName = "新审核员", role = RobotPlanRoles.MunicipalReviewer,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The API cannot set it up: it sends the user to the browser first.
        var token = await factory.CreateClient().PostAsJsonAsync("/api/account/token", new { userName = "municipal-new", password = "Municipal#2026new" });
        (await token.Content.ReadAsStringAsync()).ShouldContain("RobotPlan:Account.TwoFactorSetupRequired");

        var page = new PageClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        using var password = await page.PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["Input.UserName"] = "municipal-new", ["Input.Password"] = "Municipal#2026new" });
        var setUp = password.Headers.Location!.OriginalString;
        setUp.ShouldStartWith("/Account/SetUpTwoFactor");
        (await page.Http.GetAsync("/api/app/enterprises")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var key = SharedKeyPattern().Match(await page.Http.GetStringAsync(setUp)).Groups[1].Value.Replace(" ", "");
        key.Length.ShouldBeGreaterThanOrEqualTo(16);
        using var done = await page.PostFormAsync(setUp, setUp, new() { ["Code"] = Totp.Code(key) });

        var html = await done.Content.ReadAsStringAsync();
        done.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        Regex.Matches(html, "<li class=\"col\">[a-zA-Z0-9-]+</li>").Count.ShouldBe(10);
        (await page.Http.GetAsync("/api/app/enterprises")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "municipal-new").Select(u => u.TwoFactorEnabled).SingleAsync())).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Let_An_Enterprise_Sign_In_With_Its_Password_And_Turn_The_Second_Factor_On()
    {
        var page = await PageClient.SignedInAsync(factory, DemoUsers.EnterpriseLiangjiang);
        (await page.Http.GetStringAsync("/Account/TwoFactor")).ShouldContain("badge text-bg-secondary");

        var key = SharedKeyPattern().Match(await page.Http.GetStringAsync("/Account/SetUpTwoFactor")).Groups[1].Value.Replace(" ", "");
        using var done = await page.PostFormAsync("/Account/SetUpTwoFactor", "/Account/SetUpTwoFactor", new() { ["Code"] = Totp.Code(key) });
        done.StatusCode.ShouldBe(HttpStatusCode.OK);

        // Still signed in (a new cookie for the new security stamp), and the API now asks for the code.
        (await page.Http.GetAsync("/api/app/products")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = await factory.CreateClient().PostAsJsonAsync("/api/account/token", new { userName = DemoUsers.EnterpriseLiangjiang, password = DemoUsers.Password });
        (await token.Content.ReadAsStringAsync()).ShouldContain("RobotPlan:Account.TwoFactorRequired");
    }

    [Fact]
    public async Task Should_Let_The_Security_Administrator_Reset_A_Second_Factor_And_Audit_It()
    {
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoUsers.DistrictJiulongpo).Select(u => u.Id).SingleAsync());
        var security = await factory.ClientForAsync(DemoUsers.SecurityAdmin);

        var reset = await security.PostAsync($"/api/app/users/{userId}/reset-two-factor", null);

        reset.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("twoFactorEnabled").GetBoolean().ShouldBeFalse();
        var token = await factory.CreateClient().PostAsJsonAsync("/api/account/token", new { userName = DemoUsers.DistrictJiulongpo, password = DemoUsers.Password });
        (await token.Content.ReadAsStringAsync()).ShouldContain("RobotPlan:Account.TwoFactorSetupRequired");
        var audited = await factory.WithDbAsync(db => db.AuditLogs.Where(a => a.Url == $"/api/app/users/{userId}/reset-two-factor").ToListAsync());
        audited.ShouldContain(a => a.UserName == DemoUsers.SecurityAdmin && a.StatusCode == 200);
    }

    [Fact]
    public async Task Should_Show_The_Same_Message_For_A_Locked_Account_As_For_A_Wrong_Password()
    {
        var wrong = await LoginPageAsync(DemoUsers.Expert, "Wrong#password1");
        for (var i = 0; i < 4; i++) await LoginPageAsync(DemoUsers.Expert, "Wrong#password1");

        var locked = await LoginPageAsync(DemoUsers.Expert, DemoUsers.Password);

        locked.Status.ShouldBe(wrong.Status);
        locked.Message.ShouldBe(wrong.Message);
        locked.Message.ShouldNotBeNullOrEmpty();
    }

    private async Task<(HttpStatusCode Status, string Message)> LoginPageAsync(string userName, string password)
    {
        var page = new PageClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        using var response = await page.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        var summary = Regex.Match(await response.Content.ReadAsStringAsync(), "validation-summary-errors[^>]*>(.*?)</div>", RegexOptions.Singleline);
        return (response.StatusCode, summary.Groups[1].Value);
    }

    private static async Task<string> ChallengeAsync(HttpClient client, string userName)
    {
        var response = await client.PostAsJsonAsync("/api/account/token", new { userName, password = DemoUsers.Password });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("challengeToken").GetString()!;
    }

    /// <summary>A six-digit code that is none of the ones Identity accepts now (±2 steps of 30 s).</summary>
    private static string OtherCode(string userName)
    {
        var key = DemoUsers.AuthenticatorKeys[userName];
        var valid = Enumerable.Range(-3, 7).Select(step => Totp.CodeAt(key, DateTimeOffset.UtcNow.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => i.ToString("D6")).First(c => !valid.Contains(c));
    }

    private async Task<T> WithUserManagerAsync<T>(string userName, Func<UserManager<AppUser>, AppUser, Task<T>> act)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await act(users, (await users.FindByNameAsync(userName))!);
    }
}
