using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.Web.Pages.Catalogs;

/// <summary>What the catalog pages show for enum values and instants: one localization key per value, Beijing time.</summary>
public static class CatalogText
{
    public static string Kind(this IStringLocalizer L, CatalogKind kind) => L["CatalogPage:Kind." + kind].Value;

    /// <summary>A notice of subsidy claims has no catalog: it says so.</summary>
    public static string Kind(this IStringLocalizer L, CatalogKind? kind) => kind is { } k ? L.Kind(k) : L["ClaimPage:NoticeKind"].Value;
    public static string Status(this IStringLocalizer L, S status) => L["CatalogPage:Status." + status].Value;
    public static string BatchStatus(this IStringLocalizer L, CatalogBatchStatus status) => L["CatalogPage:BatchStatus." + status].Value;
    public static string Level(this IStringLocalizer L, TechnologyLevel level) => L["CatalogPage:Level." + level].Value;
    public static string Attachment(this IStringLocalizer L, CatalogAttachmentKind kind) => L["CatalogPage:Attachment." + kind].Value;

    /// <summary>The rule names already defined with the eligibility checker's reasons (Catalogs.*.json).</summary>
    public static string Rule(this IStringLocalizer L, EligibilityRule rule) => L["Catalog:Rule." + rule].Value;

    /// <summary>Instants are stored in UTC; people in Chongqing read them in Asia/Shanghai.</summary>
    public static string Local(DateTime utc) => CatalogBatchMapper.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Badge(S status) => status switch
    {
        S.Listed => "text-bg-success",
        S.Rejected => "text-bg-danger",
        S.Returned => "text-bg-warning",
        S.Withdrawn or S.Draft => "text-bg-secondary",
        _ => "text-bg-primary",
    };

    /// <summary>A business rule's localized message, as the API answers it.</summary>
    public static string Message(this IStringLocalizer L, BusinessException e) =>
        e.Arguments.Length > 0 ? L[e.Code, e.Arguments].Value : L[e.Code].Value;

    public static bool Can(this ClaimsPrincipal user, string permission) => user.HasClaim(RobotPlanClaimTypes.Permission, permission);
}
