using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.Data;

/// <summary>
/// Issue #16 item 8: a first-purchase reward claim in each state of R-36 that a person reaches (the claims in notice, waiting
/// for the district and approved come from <see cref="DemoClaimsSeedContributor"/>'s first three). Each buyer is a different
/// demo enterprise, so each login sees its own claim; each bought another maker's listed product. The approved ones are paid
/// out by <see cref="DemoPayoutsSeedContributor"/>: two in a submitted batch, two in an approved one.
/// Paid and clawed-back claims need the treasury's answer, so the demo reaches them by paying the approved batch (the sandbox
/// treasury in Development), not by seeding.
/// </summary>
internal static class DemoClaimStates
{
    public static readonly (string Buyer, string Model, S Status)[] RewardClaims =
    [
        (DemoUsers.EnterpriseLingyun, "KG-JM80", S.Draft),
        ("yh-vision", "JB-S6", S.DistrictReview),
        ("jl-paint", "BS-LW8", S.MunicipalReview),
        ("hf-sensor", "LJ-AGV600", S.FinanceReview),
        ("kg-drive", "HF-FT6", S.Returned),
        ("lj-agv", "NA-W1", S.Rejected),
        ("lj-os", "SP-PI150", S.Withdrawn),
        ("na-care", "BN-S300", S.Approved),
        ("na-edu", "JB-MC32", S.Approved),
        ("jb-assembly", "SP-T64", S.Approved),
        ("jb-control", "BS-H32", S.Approved),
    ];

    /// <summary>Whose awards a first officer gathered and submitted; the second officer's decision is the newcomer's to make.</summary>
    public static readonly string[] InSubmittedBatch = ["na-care", "na-edu"];

    /// <summary>Whose awards are in a batch both officers signed: its payments wait for the treasury.</summary>
    public static readonly string[] InApprovedBatch = ["jb-assembly", "jb-control"];
}
