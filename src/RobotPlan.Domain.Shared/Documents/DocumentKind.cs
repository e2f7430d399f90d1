namespace RobotPlan.Documents;

/// <summary>The documents RobotPlan issues as PDF, each with a verification code (issue 17).</summary>
public enum DocumentKind
{
    /// <summary>入选证明: one listing .</summary>
    ListingCertificate = 1,
    /// <summary>公示: a public notice's files, window and objection channel .</summary>
    PublicNotice = 2,
    /// <summary>A catalog's listings published in one year (the published list, R-17).</summary>
    CatalogYearList = 3,
    /// <summary>The catalog decision letter to the enterprise: listed, or rejected with the reason.</summary>
    CatalogDecision = 4,
    /// <summary>The subsidy award letter: amount, parameter version and computation lines .</summary>
    AwardDecision = 5,
}
