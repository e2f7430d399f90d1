using Microsoft.EntityFrameworkCore;
using RobotPlan.Data;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.Enterprises;

namespace RobotPlan;

/// <summary>
/// Named test data (EventHub's habit): the demo users and enterprises every test database is seeded with.
/// Ids are generated at seeding, so they are looked up once per database by these names.
/// </summary>
public sealed class RobotPlanTestData
{
    /// <summary>Enterprise A: 重庆凌云智能装备有限公司, 渝北区 (500112).</summary>
    public const string EnterpriseAUser = DemoUsers.EnterpriseLingyun;
    /// <summary>Enterprise B: 重庆山城精密传动科技有限公司, 九龙坡区 (500107).</summary>
    public const string EnterpriseBUser = DemoUsers.EnterpriseShancheng;
    /// <summary>District reviewer of A's district (渝北区).</summary>
    public const string DistrictReviewerOfA = DemoUsers.DistrictYubei;
    /// <summary>District reviewer of another district (九龙坡区, B's).</summary>
    public const string DistrictReviewerOther = DemoUsers.DistrictJiulongpo;
    public const string MunicipalReviewer = DemoUsers.Municipal;
    public const string Expert = DemoUsers.Expert;
    public const string FinanceOfficer = DemoUsers.Finance;
    public const string TestingBodyUser = DemoUsers.TestingBody;
    /// <summary>The system administrator (三员分立).</summary>
    public const string Administrator = DemoUsers.Admin;
    public const string SecurityAdministrator = DemoUsers.SecurityAdmin;
    public const string AuditAdministrator = DemoUsers.AuditAdmin;

    public static readonly string EnterpriseAUscc = DemoUsers.Enterprises[0].Uscc;
    public static readonly string EnterpriseBUscc = DemoUsers.Enterprises[1].Uscc;

    /// <summary>A valid USCC registered in Chongqing (渝中区 500103) that no seeded enterprise uses.</summary>
    public static readonly string UnusedChongqingUscc = Uscc.WithCheckCharacter("91500103MA5XNEW01");

    /// <summary>domain.md's valid example, registered in Fuzhou (3501...): refused without a cross-region exemption.</summary>
    public const string FuzhouUscc = "91350100M000100Y43";

    public required Guid EnterpriseAId { get; init; }
    public required Guid EnterpriseBId { get; init; }
    public required Guid JurisdictionAId { get; init; }
    public required Guid JurisdictionBId { get; init; }
    public required Guid TestingBodyId { get; init; }

    /// <summary>Looks the named data up in a seeded database.</summary>
    public static async Task<RobotPlanTestData> LoadAsync(RobotPlanDbContext db)
    {
        var a = await db.Enterprises.SingleAsync(e => e.Uscc == EnterpriseAUscc);
        var b = await db.Enterprises.SingleAsync(e => e.Uscc == EnterpriseBUscc);
        var testingUser = await db.Users.SingleAsync(u => u.UserName == TestingBodyUser);
        return new RobotPlanTestData
        {
            EnterpriseAId = a.Id,
            EnterpriseBId = b.Id,
            JurisdictionAId = a.JurisdictionId,
            JurisdictionBId = b.JurisdictionId,
            TestingBodyId = testingUser.TestingBodyId!.Value,
        };
    }
}
