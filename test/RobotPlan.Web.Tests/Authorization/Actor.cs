namespace RobotPlan.Web.Tests.Authorization;

/// <summary>The parties of quality.md S-A; each maps to a seeded demo user (null: anonymous).</summary>
public enum Actor
{
    Anonymous,
    EnterpriseA,
    EnterpriseB,
    DistrictOfA,
    DistrictOther,
    Municipal,
    Expert,
    Finance,
    TestingBody,
    /// <summary>The system administrator (三员分立).</summary>
    Admin,
    SecurityAdmin,
    AuditAdmin,
}

public static class Actors
{
    public static readonly Actor[] All = Enum.GetValues<Actor>();

    public static string? UserName(this Actor actor) => actor switch
    {
        Actor.Anonymous => null,
        Actor.EnterpriseA => RobotPlanTestData.EnterpriseAUser,
        Actor.EnterpriseB => RobotPlanTestData.EnterpriseBUser,
        Actor.DistrictOfA => RobotPlanTestData.DistrictReviewerOfA,
        Actor.DistrictOther => RobotPlanTestData.DistrictReviewerOther,
        Actor.Municipal => RobotPlanTestData.MunicipalReviewer,
        Actor.Expert => RobotPlanTestData.Expert,
        Actor.Finance => RobotPlanTestData.FinanceOfficer,
        Actor.TestingBody => RobotPlanTestData.TestingBodyUser,
        Actor.Admin => RobotPlanTestData.Administrator,
        Actor.SecurityAdmin => RobotPlanTestData.SecurityAdministrator,
        Actor.AuditAdmin => RobotPlanTestData.AuditAdministrator,
        _ => throw new ArgumentOutOfRangeException(nameof(actor)),
    };
}
