using RobotPlan.CatalogApplications;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyAwards;
using RobotPlan.Reviews;

namespace RobotPlan.SubsidyClaims;

/// <summary>The claim follows its award (R-36's tail): paid, clawback pending after a fraud finding, clawed back after repayment.</summary>
public sealed class ClaimAwardEventHandler(ISubsidyClaimRepository claims, TimeProvider clock)
    : IDomainEventHandler<AwardPaid>, IDomainEventHandler<FraudFindingRecorded>, IDomainEventHandler<AwardClawedBack>
{
    private static readonly ReviewActor Payouts = new(null, "系统（拨付）", "system", null);
    private static readonly ReviewActor Credit = new(null, "系统（信用与追回）", "system", null);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task HandleAsync(AwardPaid e, CancellationToken ct) =>
        (await FindAsync(e.ClaimId, ct))?.MarkPaid(Payouts, Now, e.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));

    public async Task HandleAsync(FraudFindingRecorded e, CancellationToken ct) =>
        (await FindAsync(e.ClaimId, ct))?.StartClawback($"{e.Finding.Reason}（{e.Finding.DocumentNumber}）", Credit, Now);

    public async Task HandleAsync(AwardClawedBack e, CancellationToken ct) =>
        (await FindAsync(e.ClaimId, ct))?.MarkClawedBack(Credit, Now);

    /// <summary>
    /// Awards come from approved claims; one without a claim here (the payout benchmark's and payout tests' awards, or
    /// one carried over from before the system) must still be payable, so there is simply no claim to move.
    /// </summary>
    private Task<SubsidyClaim?> FindAsync(Guid claimId, CancellationToken ct) => claims.FindAsync(claimId, ct);
}
