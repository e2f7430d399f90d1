using RobotPlan.Enterprises;

namespace RobotPlan.Web.Pages.Enterprises;

/// <summary>Badge colours of the verification and dispute states (the texts are "Enterprises:Verification:{status}").</summary>
public static class EnterpriseText
{
    public static string Badge(EnterpriseVerificationStatus status) => status switch
    {
        EnterpriseVerificationStatus.Verified => "text-bg-success",
        EnterpriseVerificationStatus.Submitted => "text-bg-info",
        EnterpriseVerificationStatus.Rejected => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    public static string Badge(UsccDisputeStatus status) => status switch
    {
        UsccDisputeStatus.Transferred => "text-bg-success",
        UsccDisputeStatus.Dismissed => "text-bg-secondary",
        _ => "text-bg-warning",
    };
}
