namespace RobotPlan.CatalogApplications;

/// <summary>The documents a file carries; which are required depends on the catalog .</summary>
public enum CatalogAttachmentKind
{
    /// <summary>申报书, signed and stamped; both catalogs.</summary>
    ApplicationForm = 0,
    /// <summary>首购合同 (first-unit).</summary>
    FirstSaleContract = 1,
    /// <summary>Patent certificates (first-unit).</summary>
    IntellectualProperty = 2,
    /// <summary>Written commitment of after-sales service in Chongqing (key-procurement).</summary>
    AfterSalesCommitment = 3,
    Other = 9,
}
