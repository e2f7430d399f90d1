namespace RobotPlan.CatalogApplications;

/// <summary>R-11: what can be done to a catalog file; <c>CatalogApplication.Transitions</c> says from which state, to which, and by whom.</summary>
public enum CatalogApplicationAct
{
    Submit = 1,
    Withdraw = 2,
    StartDistrictReview = 3,
    DistrictApprove = 4,
    /// <summary>形式审查 passed.</summary>
    FormalApprove = 5,
    /// <summary>R-14: the expert panel's mean reaches the pass mark.</summary>
    PassExpertReview = 6,
    FailExpertReview = 7,
    Decide = 8,
    Return = 9,
    Reject = 10,
    /// <summary>R-15: an objection upheld during the public notice.</summary>
    RejectAfterObjection = 11,
    MarkListed = 12,
}
