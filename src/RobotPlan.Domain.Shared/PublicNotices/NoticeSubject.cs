namespace RobotPlan.PublicNotices;

/// <summary>What a public notice publishes: the same notice and objection mechanism serves both .</summary>
public enum NoticeSubject
{
    /// <summary>入目录申报: catalog applications of one batch.</summary>
    CatalogApplication = 1,
    /// <summary>补助申请: subsidy claims confirmed by finance.</summary>
    SubsidyClaim = 2,
}
