namespace RobotPlan.CatalogListings;

/// <summary>R-17: a published catalog entry (目录条目).</summary>
public enum CatalogListingStatus
{
    Active = 0,
    /// <summary>Credit or evidence problem; reversible by a reviewer.</summary>
    Suspended = 1,
    /// <summary>Final: fraud, major incident, serious dishonesty, lost IP or certification, left Chongqing.</summary>
    Revoked = 2,
    /// <summary>Set by the daily job at validTo.</summary>
    Expired = 3,
}
