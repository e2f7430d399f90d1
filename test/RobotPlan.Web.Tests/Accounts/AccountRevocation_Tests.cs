using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RobotPlan.Data;
using RobotPlan.Identity;
using RobotPlan.Web.Tests.Infrastructure;
using RobotPlan.Web.Tests.Pages;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Tests.Accounts;

/// <summary>
/// Issue #14: a lock, a password reset or a removed permission reaches an open cookie session and a bearer token within
/// the revalidation interval (60 s); a refresh after a lock is refused. Time is the host's fake clock, moved past the
/// interval — no sleeps.
/// </summary>
public sealed class AccountRevocation_Tests(AccountRevocation_Tests.ClockedFactory factory) : IClassFixture<AccountRevocation_Tests.ClockedFactory>
{
    public sealed class ClockedFactory : RobotPlanWebFactory
    {
        /// <summary>The demo data is seeded on this host's fake clock, not copied from a template seeded on the real one.</summary>
        protected override bool StartsFromSeededTemplate => false;

        /// <summary>Ticks 1 ms per reading so rows written one after another keep their order.</summary>
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    private static readonly TimeSpan PastTheInterval = TimeSpan.FromSeconds(61);

    [Fact]
    public async Task Should_Answer_401_To_Old_Cookie_And_Old_Token_When_User_Was_Locked()
    {
        var cookie = await PageClient.SignedInAsync(factory, DemoUsers.EnterpriseLingyun);
        var bearer = await BearerAsync(DemoUsers.EnterpriseLingyun);
        (await cookie.Http.GetAsync("/api/app/products")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bearer.GetAsync("/api/app/products")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var security = await factory.ClientForAsync(DemoUsers.SecurityAdmin);
        (await security.PostAsync($"/api/app/users/{await IdOfAsync(DemoUsers.EnterpriseLingyun)}/lock", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        factory.Clock.Advance(PastTheInterval);

        (await cookie.Http.GetAsync("/api/app/products")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await bearer.GetAsync("/api/app/products")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // Found in issue #14: the locked user's token still created a product.
        (await bearer.PostAsJsonAsync("/api/app/products", new { })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Refuse_Refresh_When_User_Was_Locked()
    {
        var tokens = await factory.TokenAsync(DemoUsers.EnterpriseBayu);
        var anonymous = factory.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/account/refresh", new { tokens.RefreshToken })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var security = await factory.ClientForAsync(DemoUsers.SecurityAdmin);
        (await security.PostAsync($"/api/app/users/{await IdOfAsync(DemoUsers.EnterpriseBayu)}/lock", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Refused at once: the refresh token carries the security stamp the lock changed.
        var refused = await anonymous.PostAsJsonAsync("/api/account/refresh", new { tokens.RefreshToken });
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("RobotPlan:Account.LoginFailed");
    }

    [Fact]
    public async Task Should_Answer_401_To_Old_Token_When_Password_Was_Reset()
    {
        var bearer = await BearerAsync(DemoUsers.EnterpriseShancheng);
        (await bearer.GetAsync("/api/app/products")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var system = await factory.ClientForAsync(DemoUsers.Admin);
        (await system.PostAsJsonAsync($"/api/app/users/{await IdOfAsync(DemoUsers.EnterpriseShancheng)}/reset-password",
            new { newPassword = "Renewed#2026pw" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        factory.Clock.Advance(PastTheInterval);

        (await bearer.GetAsync("/api/app/products")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Answer_403_To_Old_Cookie_And_Old_Token_When_Permission_Was_Removed_From_The_Role()
    {
        var cookie = await PageClient.SignedInAsync(factory, DemoUsers.Finance);
        var bearer = await BearerAsync(DemoUsers.Finance);
        (await cookie.Http.GetAsync("/api/app/subsidy-programs")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bearer.GetAsync("/api/app/subsidy-programs")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ChangeGrantAsync(RobotPlanRoles.FinanceOfficer, P.Subsidies.Default, grant: false);
        try
        {
            factory.Clock.Advance(PastTheInterval);

            // Found in issue #14: permissions copied into a token kept a finance officer able to act for an hour.
            (await cookie.Http.GetAsync("/api/app/subsidy-programs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await bearer.GetAsync("/api/app/subsidy-programs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        finally
        {
            await ChangeGrantAsync(RobotPlanRoles.FinanceOfficer, P.Subsidies.Default, grant: true);
        }
    }

    [Fact]
    public async Task Should_Keep_Working_Within_The_Interval_And_Take_A_New_Role_After_It()
    {
        var bearer = await BearerAsync(DemoUsers.Expert);
        (await bearer.GetAsync("/api/app/subsidy-programs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var security = await factory.ClientForAsync(DemoUsers.SecurityAdmin);
        (await security.PostAsJsonAsync($"/api/app/users/{await IdOfAsync(DemoUsers.Expert)}/role",
            new { role = RobotPlanRoles.MunicipalReviewer })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The token's account was checked a moment ago: it is trusted until the interval has passed ...
        (await bearer.GetAsync("/api/app/subsidy-programs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        factory.Clock.Advance(PastTheInterval);
        // ... then re-read: the new role's stamp no longer matches the token, which ends it.
        (await bearer.GetAsync("/api/app/subsidy-programs")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<HttpClient> BearerAsync(string userName)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await factory.TokenAsync(userName)).AccessToken);
        return client;
    }

    private Task<Guid> IdOfAsync(string userName) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private async Task ChangeGrantAsync(string roleName, string permission, bool grant)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
        var role = (await roles.FindByNameAsync(roleName))!;
        var claim = new Claim(RobotPlanClaimTypes.Permission, permission);
        (grant ? await roles.AddClaimAsync(role, claim) : await roles.RemoveClaimAsync(role, claim)).Succeeded.ShouldBeTrue();
    }
}
