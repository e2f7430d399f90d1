using RobotPlan.ExpertPanels;

namespace RobotPlan.Web.Pages.Experts;

/// <summary>One localization key per enum value, as <see cref="Catalogs.CatalogText"/> does for the catalog pages.</summary>
public static class ExpertText
{
    public static string Member(this IStringLocalizer L, PanelMemberStatus status) => L["ExpertPage:Member." + status].Value;
    public static string Objection(this IStringLocalizer L, ObjectionStatus status) => L["ExpertPage:Objection." + status].Value;

    public static string MemberBadge(PanelMemberStatus status) => status switch
    {
        PanelMemberStatus.Scored => "text-bg-success",
        PanelMemberStatus.Accepted => "text-bg-primary",
        PanelMemberStatus.Recused => "text-bg-secondary",
        _ => "text-bg-warning",
    };
}
