namespace RobotPlan.CatalogListings;

/// <summary>The two official catalogs the programme runs.</summary>
public enum CatalogKind
{
    /// <summary>重庆市重点鼓励采购产品指导目录 — listing numbers ZDCG-{year}-{n:0000}.</summary>
    KeyProcurement = 1,
    /// <summary>首台（套）重大技术装备推广应用目录 — listing numbers SDT-{year}-{n:0000}.</summary>
    FirstUnit = 2,
}
