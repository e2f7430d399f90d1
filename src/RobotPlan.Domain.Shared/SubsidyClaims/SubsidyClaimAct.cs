namespace RobotPlan.SubsidyClaims;

/// <summary>R-36: what can be done to a claim; <c>SubsidyClaim.Transitions</c> says from which state, to which, and by whom.</summary>
public enum SubsidyClaimAct
{
    Submit = 1,
    Withdraw = 2,
    StartDistrictReview = 3,
    DistrictApprove = 4,
    MunicipalApprove = 5,
    FinanceConfirm = 6,
    /// <summary>The public notice ended with nothing unresolved.</summary>
    Approve = 7,
    Return = 8,
    Reject = 9,
    MarkPaid = 10,
    StartClawback = 11,
    MarkClawedBack = 12,
}
