using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using RobotPlan.Web.Accounts;
using RobotPlan.Web.Hosting;
using RobotPlan.Web.Tests.Infrastructure;
using RobotPlan.Web.Tests.Pages;

namespace RobotPlan.Web.Tests.Hosting;

/// <summary>
/// S-C, issue #14: sign-in attempts are rate limited (here 3 per minute, configured like production's 10) per address
/// and per user name; viewing the login form never is; a 429 says when to retry, as HTML to a browser.
/// </summary>
public sealed class LoginRateLimit_Tests(LoginRateLimit_Tests.StrictFactory factory) : IClassFixture<LoginRateLimit_Tests.StrictFactory>
{
    public sealed class StrictFactory : RobotPlanWebFactory
    {
        protected override int LoginPerMinute => 3;
    }

    [Fact]
    public async Task Should_Answer_429_With_Retry_After_When_Login_Attempts_Exceed_The_Limit()
    {
        var client = await factory.ClientForAsync(null);
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
            responses.Add(await client.PostAsJsonAsync("/api/account/token", new { userName = "nobody", password = "wrong#password1" }));

        responses.Take(3).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Unauthorized);
        responses.Skip(3).ShouldAllBe(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        int.Parse(responses[4].Headers.GetValues("Retry-After").Single()).ShouldBeInRange(1, 60);
        responses[4].Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await responses[4].Content.ReadAsStringAsync()).ShouldContain("RobotPlan:TooManyRequests");
    }

    [Fact]
    public void Should_Count_Attempts_Per_User_Name_Across_Addresses_And_Per_Address_Across_User_Names()
    {
        using var throttle = new SignInThrottle(Options.Create(new RateLimitOptions { LoginPerMinute = 3, LoginPerUserNamePerMinute = 3 }));

        // One account guessed from many addresses: the fourth attempt is refused, spelled in any case.
        var spread = Enumerable.Range(1, 4).Select(i => throttle.Attempt(From($"10.0.0.{i}"), i % 2 == 0 ? "Finance" : "finance ")).ToList();
        spread.Take(3).ShouldAllBe(r => r == null);
        spread[3].ShouldNotBeNull();

        // One address trying many accounts: the same.
        var sweep = Enumerable.Range(1, 4).Select(i => throttle.Attempt(From("10.0.1.1"), $"user{i}")).ToList();
        sweep.Take(3).ShouldAllBe(r => r == null);
        sweep[3].ShouldNotBeNull();

        // Others are not affected.
        throttle.Attempt(From("10.0.2.2"), "municipal").ShouldBeNull();
    }

    private static DefaultHttpContext From(string address) =>
        new() { Connection = { RemoteIpAddress = IPAddress.Parse(address) } };
}

/// <summary>The login page on a host of its own: the limit's window must not be shared with the API test's attempts.</summary>
public sealed class LoginPageRateLimit_Tests(LoginRateLimit_Tests.StrictFactory factory) : IClassFixture<LoginRateLimit_Tests.StrictFactory>
{
    [Fact]
    public async Task Should_Never_Limit_Viewing_The_Login_Page_And_Answer_A_Browser_With_Html()
    {
        var page = new PageClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        for (var i = 0; i < 20; i++)
            (await page.Http.GetAsync("/Account/Login")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
            statuses.Add(await page.PostFormAsync("/Account/Login", "/Account/Login",
                new() { ["Input.UserName"] = "someone-else", ["Input.Password"] = "wrong#password1" }));

        var limited = statuses.Last();
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.Contains("Retry-After").ShouldBeTrue();
        limited.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await limited.Content.ReadAsStringAsync()).ShouldContain("name=\"Input.UserName\"");
    }
}
