using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogApplications;
using RobotPlan.Payouts;
using RobotPlan.SubsidyAwards;

namespace RobotPlan.EntityFrameworkCore.Payouts;

/// <summary>
/// R-43's three holds plus "no account to pay to" and "not verified by its district" (issue #14). Deregistered: the enterprise record was deleted (soft delete
/// is how an enterprise leaves the register; the aggregate has no other status). Blacklisted: the credit lookup
/// (R-60, the Credit issue). Clawback pending: another award of the payee awaits repayment.
/// </summary>
internal sealed class PayeeHoldCheck(RobotPlanDbContext db, IEnterpriseCreditLookup credit) : IPayeeHoldCheck
{
    public async Task<PayoutHoldReason?> FindHoldAsync(Guid payeeEnterpriseId, Guid? exceptAwardId, DateOnly on, CancellationToken ct)
    {
        var payee = await db.Enterprises.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.Id == payeeEnterpriseId)
            .Select(e => new { e.IsDeleted, HasAccount = e.BankAccount != null, e.VerificationStatus }).FirstOrDefaultAsync(ct);
        if (payee is null || payee.IsDeleted) return PayoutHoldReason.Deregistered;
        if (await credit.IsBlacklistedAsync(payeeEnterpriseId, on, ct)) return PayoutHoldReason.Blacklisted;
        if (await db.Awards.AnyAsync(a => a.PayeeEnterpriseId == payeeEnterpriseId && a.Status == AwardStatus.ClawbackPending
                && a.Id != exceptAwardId, ct))
            return PayoutHoldReason.ClawbackPending;
        if (payee.VerificationStatus != RobotPlan.Enterprises.EnterpriseVerificationStatus.Verified) return PayoutHoldReason.Unverified;
        if (!payee.HasAccount) return PayoutHoldReason.NoBankAccount;
        return null;
    }
}
