using RobotPlan.Api.Client.Models;
using Uscc = RobotPlan.Enterprises.Uscc;

namespace RobotPlan.Api.Client.Tests;

/// <summary>A fresh enterprise of the Yubei district (500112) as an integrator registers it: a new USCC and user each time.</summary>
internal static class NewEnterprises
{
    public const string Password = "Client#2025pass";
    public const string YubeiCode = "500112";

    public static RegisterEnterpriseDto Registration(string userName, Guid jurisdictionId) => new()
    {
        UserName = userName, Password = Password, DisplayName = "客户端测试",
        Uscc = Uscc.WithCheckCharacter("91500112MA" + Random.Shared.Next(1_000_000, 9_999_999)),
        LegalName = "重庆客户端测试有限公司 " + userName, Address = "重庆市渝北区", JurisdictionId = jurisdictionId,
        Contact = new ContactDto { Name = "测试", Phone = "023-60000000", Email = userName + "@example.cn" },
    };
}
