namespace RobotPlan.Enterprises;

/// <summary>企业实名核验: where an enterprise stands with its district's verification (issue #14, quality.md S-G).</summary>
public enum EnterpriseVerificationStatus
{
    /// <summary>Registered; no business licence submitted yet.</summary>
    Unverified = 0,
    /// <summary>Licence and legal representative submitted; the district reviewer of its jurisdiction decides.</summary>
    Submitted = 1,
    /// <summary>The district verified it: it may apply, claim and be paid.</summary>
    Verified = 2,
    /// <summary>The district rejected the submission with a reason; the enterprise may submit again.</summary>
    Rejected = 3,
}

/// <summary>A squatted USCC's recovery: the real enterprise's dispute, decided by an administrator.</summary>
public enum UsccDisputeStatus
{
    Open = 0,
    /// <summary>The USCC (and its enterprise record) moved to the claimant's account; the old accounts lost it.</summary>
    Transferred = 1,
    Dismissed = 2,
}
