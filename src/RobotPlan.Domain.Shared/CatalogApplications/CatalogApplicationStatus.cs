namespace RobotPlan.CatalogApplications;

/// <summary>R-11: the states of an application for catalog inclusion (入目录申报). No other transitions exist.</summary>
public enum CatalogApplicationStatus
{
    Draft = 0,
    Submitted = 1,
    DistrictReview = 2,
    MunicipalReview = 3,
    ExpertReview = 4,
    PendingDecision = 5,
    InPublicNotice = 6,
    Listed = 7,
    /// <summary>Back with the enterprise with a reason; resubmittable until the batch's revision deadline.</summary>
    Returned = 8,
    /// <summary>Final, with a reason.</summary>
    Rejected = 9,
    /// <summary>By the enterprise, before a decision.</summary>
    Withdrawn = 10,
}
