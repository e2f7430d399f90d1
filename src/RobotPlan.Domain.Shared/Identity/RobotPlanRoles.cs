namespace RobotPlan.Identity;

/// <summary>The roles of domain.md §2.</summary>
public static class RobotPlanRoles
{
    public const string Enterprise = "enterprise";
    public const string DistrictReviewer = "district-reviewer";
    public const string MunicipalReviewer = "municipal-reviewer";
    public const string Expert = "expert";
    public const string FinanceOfficer = "finance-officer";
    public const string TestingBody = "testing-body";
    /// <summary>系统管理员: users, reference data, the calendar and the programme's own settings (三员分立).</summary>
    public const string Administrator = "admin";
    /// <summary>安全管理员: roles, locks, second factors, security settings (三员分立).</summary>
    public const string SecurityAdministrator = "security-admin";
    /// <summary>审计管理员: reads the audit log and verifies the history chains, nothing else (三员分立).</summary>
    public const string AuditAdministrator = "audit-admin";

    public static readonly IReadOnlyList<string> All =
        [Enterprise, DistrictReviewer, MunicipalReviewer, Expert, FinanceOfficer, TestingBody, Administrator, SecurityAdministrator, AuditAdministrator];

    /// <summary>The three administrators' roles: only the security administrator grants or takes them (issue #14).</summary>
    public static readonly IReadOnlyList<string> Administrators = [Administrator, SecurityAdministrator, AuditAdministrator];

    /// <summary>Those who move money and decide sign in with a second factor (TOTP); the others may (issue #14).</summary>
    public static readonly IReadOnlyList<string> TwoFactorRequired =
        [DistrictReviewer, MunicipalReviewer, FinanceOfficer, Administrator, SecurityAdministrator, AuditAdministrator];

    public static bool RequireTwoFactor(IEnumerable<string> roles) => roles.Any(TwoFactorRequired.Contains);
}
