using System.Net;
using System.Net.Http.Json;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Hosting;

/// <summary>S-C: the login endpoint is rate limited (here 3 per minute, configured like production's 10).</summary>
public sealed class LoginRateLimit_Tests(LoginRateLimit_Tests.StrictFactory factory) : IClassFixture<LoginRateLimit_Tests.StrictFactory>
{
    public sealed class StrictFactory : RobotPlanWebFactory
    {
        protected override int LoginPerMinute => 3;
    }

    [Fact]
    public async Task Should_Answer_429_When_Login_Attempts_Exceed_The_Limit()
    {
        var client = await factory.ClientForAsync(null);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await client.PostAsJsonAsync("/api/account/token", new { userName = "nobody", password = "wrong#password1" })).StatusCode);

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        statuses.Skip(3).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }
}
