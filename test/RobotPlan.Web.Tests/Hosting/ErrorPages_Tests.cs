using System.Net;
using System.Text.RegularExpressions;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Hosting;

/// <summary>
/// Issue #16: a person's browser gets an error page in the layout and in their language; API clients keep ProblemDetails.
/// </summary>
public sealed class ErrorPages_Tests(ErrorPages_Tests.StrictFactory factory) : IClassFixture<ErrorPages_Tests.StrictFactory>
{
    public sealed class StrictFactory : RobotPlanWebFactory
    {
        protected override int RegistrationsPerHour => 2;
    }

    [Theory]
    [InlineData("zh-Hans", "页面不存在")]
    [InlineData("en", "Page not found")]
    public async Task Should_Show_A_Page_In_The_Layout_When_A_Page_Address_Is_Unknown(string culture, string title)
    {
        var client = await factory.ClientForAsync(null, culture);

        var response = await client.GetAsync("/no-such-page");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("data-testid=\"error-page\"");
        html.ShouldContain(title);
        html.ShouldContain("id=\"mainNav\""); // in the layout, with the navigation to go on from
    }

    [Fact]
    public async Task Should_Keep_ProblemDetails_When_An_Api_Route_Is_Unknown()
    {
        var client = await factory.ClientForAsync(null, "en");

        var response = await client.GetAsync("/api/no-such-route");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Should_Say_How_Long_To_Wait_When_The_Registration_Page_Is_Rate_Limited()
    {
        // Sign-in attempts are throttled by #14's SignInThrottle; registration is still the rate limiter's (2 an hour here).
        var client = await factory.ClientForAsync(null, "en");
        HttpResponseMessage response = null!;
        for (var i = 0; i < 3; i++) // the antiforgery check comes after the limiter
            response = await client.PostAsync("/Account/Register", new FormUrlEncodedContent([new("Input.UserName", "nobody")]));

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var seconds = int.Parse(response.Headers.GetValues("Retry-After").Single());
        seconds.ShouldBeInRange(1, 3600);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Too many attempts");
        html.ShouldContain($"try again in {seconds} seconds");
    }
}
