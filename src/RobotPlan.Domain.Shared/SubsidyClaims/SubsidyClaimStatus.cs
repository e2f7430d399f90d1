namespace RobotPlan.SubsidyClaims;

/// <summary>R-36: where a claim stands. No other transitions exist than the aggregate's methods.</summary>
public enum SubsidyClaimStatus
{
    Draft = 1,
    Submitted = 2,
    DistrictReview = 3,
    MunicipalReview = 4,
    FinanceReview = 5,
    InPublicNotice = 6,
    Approved = 7,
    Paid = 8,
    Returned = 9,
    Rejected = 10,
    Withdrawn = 11,
    ClawbackPending = 12,
    ClawedBack = 13,
}
