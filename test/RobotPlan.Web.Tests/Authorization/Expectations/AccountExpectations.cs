using RobotPlan.Data;
using RobotPlan.Enterprises;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

internal sealed class AccountExpectations : IEndpointExpectations
{
    public IEnumerable<EndpointCase> Cases =>
    [
        // Anyone may ask for a token; a right password gets 200, a wrong one 401.
        EndpointCase.Send("POST", "api/account/token", _ => "/api/account/token", "anon=401 *=200",
            (_, actor) => MatrixContext.Json(new { userName = actor.UserName() ?? "nobody", password = DemoUsers.Password })),
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
}
