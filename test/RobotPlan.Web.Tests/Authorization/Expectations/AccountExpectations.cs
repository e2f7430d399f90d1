using RobotPlan.Data;
using RobotPlan.Enterprises;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

internal sealed class AccountExpectations : IEndpointExpectations
{
    public IEnumerable<EndpointCase> Cases =>
    [
        // Anyone may ask for a token; a right password gets 200, a wrong one 401, and a role that must use a second
        // factor 401 with the challenge (issue #14).
        EndpointCase.Send("POST", "api/account/token", _ => "/api/account/token", "anon=401 A=200 B=200 exp=200 test=200 *=401",
            (_, actor) => MatrixContext.Json(new { userName = actor.UserName() ?? "nobody", password = DemoUsers.Password })),
        // The second step: the actor's own challenge and code give 200; anonymous has no challenge.
        EndpointCase.SendAsync("POST", "api/account/token/two-factor", _ => Task.FromResult("/api/account/token/two-factor"),
            "anon=401 A=401 B=401 exp=401 test=401 *=200", async (c, actor) => MatrixContext.Json(await TwoFactorBodyAsync(c, actor))),
        // A refresh token of the actor's own gives 200; a forged one 401.
        EndpointCase.SendAsync("POST", "api/account/refresh", _ => Task.FromResult("/api/account/refresh"), "anon=401 *=200",
            async (c, actor) => MatrixContext.Json(new
            {
                refreshToken = actor.UserName() is { } user ? (await c.Factory.TokenAsync(user)).RefreshToken : "not-a-refresh-token",
            })),
        // Registration is anonymous (fresh USCC and user name, its district derived from the USCC); a signed-in user may not
        // register a second enterprise (issue #14).
        EndpointCase.Send("POST", "api/public/account/register-enterprise", _ => "/api/public/account/register-enterprise", "anon=200 *=422",
            (c, _) => MatrixContext.Json(new
            {
                userName = c.Unique("matrix"),
                password = "Matrix#2025pw",
                displayName = "矩阵测试",
                uscc = Uscc.WithCheckCharacter("91500103MA" + c.Unique("M").Replace("M", "7") + "XY"),
                legalName = "重庆矩阵测试有限公司",
                address = "重庆市渝中区",
                contact = new { name = "测试", phone = "023-60000000", email = "m@example.cn" },
            })),
    ];

    /// <summary>
    /// A challenge only exists for users with a second factor; the others send a forged one and get the same 401 as a
    /// wrong code.
    /// </summary>
    private static async Task<object> TwoFactorBodyAsync(MatrixContext c, Actor actor)
    {
        if (actor.UserName() is not { } user || !DemoUsers.AuthenticatorKeys.TryGetValue(user, out var key))
            return new { challengeToken = "forged-challenge", code = "123456" };
        using var anonymous = c.Factory.CreateClient();
        var response = await anonymous.PostAsync("/api/account/token", MatrixContext.Json(new { userName = user, password = DemoUsers.Password }));
        var challenge = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("challengeToken").GetString();
        return new { challengeToken = challenge, code = Totp.Code(key) };
    }
}
