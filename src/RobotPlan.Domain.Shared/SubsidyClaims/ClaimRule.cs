namespace RobotPlan.SubsidyClaims;

/// <summary>One eligibility rule of a claim (R-30… ); each has a localized reason "RobotPlan:Claim.Eligibility.{Rule}".</summary>
public enum ClaimRule
{
    /// <summary>R-61: a blacklisted enterprise cannot submit.</summary>
    NotBlacklisted = 1,
    /// <summary>A draft is submitted inside the programme's application window.</summary>
    ProgramWindowOpen = 2,
    /// <summary>R-30: 先保后补 — premium paid in full with proof.</summary>
    PremiumFullyPaid = 3,
    /// <summary>R-32: at most N compensated policy years.</summary>
    WithinCompensatedYears = 4,
    /// <summary>R-32: each compensated year directly follows the previous one.</summary>
    ContinuousCoverage = 5,
    /// <summary>R-32: liability limit ≥ the unit's value.</summary>
    LiabilityCoversUnitValue = 6,
    /// <summary>R-30/R-34: Active in the first-unit catalog on the delivery date.</summary>
    ListedOnDeliveryDate = 7,
    /// <summary>R-33: among the buyer's first N units of that model.</summary>
    AmongBuyersFirstUnits = 8,
    /// <summary>R-35: the unit/contract is not funded by another claim of the same kind.</summary>
    NotFundedTwice = 9,
    /// <summary>R-34: the other subsidy for the same unit only when the programme allows combining.</summary>
    CombinationAllowed = 10,
    /// <summary>R-34: contract, invoice and acceptance certificate attached.</summary>
    DocumentsAttached = 11,
    /// <summary>R-34: the buyer bought the product from its manufacturer, not from itself.</summary>
    BoughtFromAnotherEnterprise = 12,
    /// <summary>Issue #14: the claimant's district verified it (企业实名核验).</summary>
    EnterpriseVerified = 13,
}
