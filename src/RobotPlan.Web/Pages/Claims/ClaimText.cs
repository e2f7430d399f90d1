using Microsoft.Extensions.Localization;
using RobotPlan.SubsidyClaims;
using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.Web.Pages.Claims;

/// <summary>Claim statuses and money as the pages show them.</summary>
public static class ClaimText
{
    public static string ClaimStatus(this IStringLocalizer L, S status) => L["Claim:Status:" + status].Value;

    public static string Badge(S status) => status switch
    {
        S.Approved or S.Paid => "text-bg-success",
        S.Rejected or S.ClawbackPending or S.ClawedBack => "text-bg-danger",
        S.Returned or S.Withdrawn => "text-bg-warning",
        S.Draft => "text-bg-light",
        _ => "text-bg-primary",
    };

    public static string Yuan(decimal? amount) => amount is { } a ? a.ToString("N2") + " 元" : "—";
}
