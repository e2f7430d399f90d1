using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.Web.Pages.Claims;

/// <summary>Claim statuses and acts as the pages show them (money: <see cref="Money"/>).</summary>
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

    /// <summary>A claim act's button: approvals green, submitting primary, withdrawing quiet, returning and rejecting as warnings.</summary>
    public static string ActButton(SubsidyClaimAct act) => act switch
    {
        SubsidyClaimAct.Submit => "btn-primary",
        SubsidyClaimAct.Withdraw => "btn-outline-secondary",
        SubsidyClaimAct.Return => "btn-outline-warning",
        SubsidyClaimAct.Reject => "btn-outline-danger",
        _ => "btn-success",
    };
}
