using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Data;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Hosting;

/// <summary>
/// M-31: two web nodes on one database share the data-protection key ring (the DataProtectionKeys table), so behind a
/// load balancer a login cookie and an antiforgery token issued by one node are accepted by the other. A node with a
/// key ring of its own (the control) rejects both: what makes it work is the shared table, not the test.
/// </summary>
public sealed partial class DataProtectionAcrossNodes_Tests(RobotPlanWebFactory nodeA) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task Should_Accept_A_Login_Cookie_And_A_Form_Token_Issued_By_The_Other_Node()
    {
        await using var nodeB = new SecondNode(nodeA.Services.GetRequiredService<RobotPlanDatabase>());
        using var a = Client(nodeA);
        using var b = Client(nodeB);

        // The login form comes from A and is posted to B: B must read A's antiforgery cookie and token.
        var cookies = await LoginAsync(formFrom: a, postTo: b);
        // B's auth cookie is good on both nodes.
        foreach (var node in new[] { a, b })
        {
            using var home = await node.SendAsync(WithCookies(HttpMethod.Get, "/", cookies));
            (await home.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"current-user\"");
        }
        // One key ring, in the database: B created no key of its own.
        (await nodeA.WithDbAsync(db => db.DataProtectionKeys.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Reject_The_Cookie_On_A_Node_With_A_Key_Ring_Of_Its_Own()
    {
        await using var control = new SecondNode(nodeA.Services.GetRequiredService<RobotPlanDatabase>(), ownKeyRing: true);
        using var a = Client(nodeA);
        using var c = Client(control);
        var cookies = await LoginAsync(formFrom: a, postTo: a);

        using var home = await c.SendAsync(WithCookies(HttpMethod.Get, "/", cookies));

        (await home.Content.ReadAsStringAsync()).ShouldNotContain("data-testid=\"current-user\"");
    }

    /// <summary>Cookies handled by hand (no cookie container): they travel between the two hosts as a browser's would.</summary>
    private static HttpClient Client<T>(WebApplicationFactory<T> node) where T : class =>
        node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static async Task<Dictionary<string, string>> LoginAsync(HttpClient formFrom, HttpClient postTo)
    {
        var cookies = new Dictionary<string, string>();
        using var form = await formFrom.GetAsync("/Account/Login");
        Collect(form, cookies);
        var token = TokenPattern().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        var post = WithCookies(HttpMethod.Post, "/Account/Login", cookies);
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = DemoUsers.EnterpriseLingyun, ["Input.Password"] = DemoUsers.Password, ["__RequestVerificationToken"] = token,
        });
        using var signedIn = await postTo.SendAsync(post);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync());
        Collect(signedIn, cookies);
        cookies.ShouldContainKey("RobotPlan.Auth");
        return cookies;
    }

    private static void Collect(HttpResponseMessage response, Dictionary<string, string> cookies)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values)) return;
        foreach (var pair in values.Select(v => v.Split(';')[0].Split('=', 2)))
            cookies[pair[0]] = pair[1];
    }

    private static HttpRequestMessage WithCookies(HttpMethod method, string path, Dictionary<string, string> cookies)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        return request;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
