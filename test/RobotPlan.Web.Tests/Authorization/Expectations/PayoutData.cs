using Microsoft.EntityFrameworkCore;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.Enterprises;
using RobotPlan.Payouts;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyAwards;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

/// <summary>
/// Fresh payout records for one request each, written straight to the database (the matrix tests who may call an
/// endpoint, the application tests prove the rules). Events are cleared: the award's claim does not exist here.
/// Payments and batches use enterprise B; fraud findings another enterprise, so a pending clawback never holds B.
/// </summary>
internal static class PayoutData
{
    public static Task<(Guid BatchId, Guid ItemId)> BatchAsync(RobotPlanWebFactory f, PayoutBatchStatus status, bool heldItem = false) =>
        f.WithDbAsync(async db =>
        {
            var (award, now) = await AwardAsync(db, f.Data.EnterpriseBId);
            var item = new PayoutItem(award.Id, award.ProgramId, award.PayeeEnterpriseId, award.Amount,
                heldItem ? PayoutHoldReason.NoBankAccount : null, now);
            var batch = new PayoutBatch("PBM-" + Guid.NewGuid().ToString("N")[..10], [item], now);
            if (status >= PayoutBatchStatus.Submitted) batch.Submit(await UserIdAsync(db, "finance2"), now);
            db.PayoutBatches.Add(batch);
            await db.SaveChangesAsync();
            return (batch.Id, item.Id);
        });

    public static Task<Guid> PaymentAsync(RobotPlanWebFactory f, PaymentStatus status) =>
        f.WithDbAsync(async db =>
        {
            var (award, now) = await AwardAsync(db, f.Data.EnterpriseBId);
            var batch = new PayoutBatch("PBM-" + Guid.NewGuid().ToString("N")[..10],
                [new PayoutItem(award.Id, award.ProgramId, award.PayeeEnterpriseId, award.Amount, null, now)], now);
            db.PayoutBatches.Add(batch);
            var payee = await db.Enterprises.SingleAsync(e => e.Id == award.PayeeEnterpriseId);
            var payment = new Payment(batch.Id, award.Id, award.ProgramId, payee.Id, payee.LegalName, "重庆银行", "6222000011112222", award.Amount, now);
            if (status == PaymentStatus.Held) payment.Hold(PayoutHoldReason.Blacklisted);
            db.Payments.Add(payment);
            await db.SaveChangesAsync();
            if (status == PaymentStatus.NeedsAttention)
                await db.Payments.Where(p => p.Id == payment.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PaymentStatus.NeedsAttention));
            return payment.Id;
        });

    /// <summary>A paid award (ClawbackPending when <paramref name="found"/>) of an enterprise other than A and B.</summary>
    public static Task<Guid> PaidAwardAsync(RobotPlanWebFactory f, bool found) =>
        f.WithDbAsync(async db =>
        {
            var other = await db.Enterprises.Where(e => e.Id != f.Data.EnterpriseAId && e.Id != f.Data.EnterpriseBId).Select(e => e.Id).FirstAsync();
            var (award, now) = await AwardAsync(db, other);
            award.MarkPaid("TR-MATRIX", now);
            if (found) award.RecordFraudFinding("矩阵测试", "渝财〔2025〕1号", 1m, Guid.NewGuid(), now);
            award.ClearDomainEvents();
            await db.SaveChangesAsync();
            return award.Id;
        });

    public static Task<Guid> ReconciliationAsync(RobotPlanWebFactory f) =>
        f.WithDbAsync(async db =>
        {
            var existing = await db.Reconciliations.Select(r => (Guid?)r.Id).FirstOrDefaultAsync();
            if (existing is { } id) return id;
            var r = new Reconciliation(new DateOnly(2025, 9, 25), DateTime.UtcNow);
            db.Reconciliations.Add(r);
            await db.SaveChangesAsync();
            return r.Id;
        });

    private static async Task<(Award Award, DateTime Now)> AwardAsync(RobotPlanDbContext db, Guid payeeId)
    {
        var now = DateTime.UtcNow;
        var payee = await db.Enterprises.SingleAsync(e => e.Id == payeeId);
        if (payee.BankAccount is null) payee.SetBankAccount(new BankAccount(payee.LegalName, "重庆银行", "6222000011112222"));
        var programId = await db.SubsidyPrograms.Select(p => (Guid?)p.Id).FirstOrDefaultAsync()
            ?? throw new InvalidOperationException("No subsidy programme in the demo data.");
        var award = new Award(Guid.NewGuid(), programId, SubsidyKind.FirstPurchaseReward, payeeId, 100m, 1, now);
        db.Awards.Add(award);
        return (award, now);
    }

    private static Task<Guid> UserIdAsync(RobotPlanDbContext db, string userName) =>
        db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
}
