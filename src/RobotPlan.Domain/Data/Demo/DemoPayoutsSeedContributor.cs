using RobotPlan.Payouts;

namespace RobotPlan.Data;

/// <summary>
/// Issue #16 item 8: payout batches for the demo (Development only, after the payees' bank accounts): one submitted by
/// <c>finance</c> and waiting for a second officer, one both officers signed whose payments wait for the treasury —
/// in Development the sweep job pays them through the sandbox within five minutes of the start, which is how the demo shows
/// paid awards and claims. The awards are <see cref="DemoClaimStates"/>'s; bayu's award stays unbatched for the newcomer to
/// gather. Runs once: nothing is added when any batch exists.
/// </summary>
public sealed class DemoPayoutsSeedContributor(
    IPayoutBatchRepository batches,
    IPaymentRepository payments,
    ISubsidyClaimRepository claims,
    IAwardRepository awards,
    IEnterpriseRepository enterprises,
    UserManager<AppUser> users,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IDataSeedContributor
{
    public int Order => 200;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (!context.IncludeDemoData || !context.IncludeDemoActivity) return;
        if ((await batches.GetPageAsync(null, 0, 1, ct)).Total > 0 || !await batches.AnyAwardAsync(ct)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var finance = await users.DemoActorAsync(DemoUsers.Finance, RobotPlanRoles.FinanceOfficer);
        var finance2 = await users.DemoActorAsync(DemoUsers.Finance2, RobotPlanRoles.FinanceOfficer);

        var approved = await BatchAsync(DemoClaimStates.InApprovedBatch, now.AddDays(-3), ct);
        approved.Submit(finance, now.AddDays(-2));
        foreach (var item in approved.Approve(finance2, now.AddDays(-1)))
        {
            var account = (await enterprises.FindAsync(item.PayeeEnterpriseId, ct))!.BankAccount!;
            await payments.AddAsync(new Payment(approved.Id, item.AwardId, item.ProgramId, item.PayeeEnterpriseId, account.AccountName,
                account.BankName, account.AccountNumber, item.Amount, now), ct);
        }
        var submitted = await BatchAsync(DemoClaimStates.InSubmittedBatch, now.AddDays(-1), ct);
        submitted.Submit(finance, now.AddHours(-3));
        await unitOfWork.SaveChangesAsync(ct);
    }

    /// <summary>A draft batch of these payees' approved awards, numbered as the assembler numbers (inside a transaction).</summary>
    private Task<PayoutBatch> BatchAsync(string[] payeeUsers, DateTime assembledAt, CancellationToken ct) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            var items = new List<PayoutItem>();
            foreach (var user in payeeUsers)
            {
                var payee = (await enterprises.FindByUsccAsync(DemoCatalogMakers.Enterprises.Single(e => e.User == user).Uscc, ct))!;
                var (_, approvedClaims) = await claims.GetPageAsync(
                    new SubsidyClaimFilter(null, null, SubsidyClaimStatus.Approved, payee.Id, null, 0, 10), ct);
                foreach (var claim in approvedClaims)
                {
                    var award = (await awards.FindByClaimAsync(claim.Id, ct))!;
                    items.Add(new PayoutItem(award.Id, award.ProgramId, award.PayeeEnterpriseId, award.Amount, null, assembledAt));
                }
            }
            var batch = new PayoutBatch(await batches.NextNumberAsync(DateOnly.FromDateTime(assembledAt.AddHours(8)), ct), items, assembledAt);
            await batches.AddAsync(batch, ct);
            await unitOfWork.SaveChangesAsync(ct);
            return batch;
        }, ct);
}
