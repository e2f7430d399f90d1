using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RobotPlan.Payouts;
using RobotPlan.SubsidyAwards;

namespace RobotPlan.EntityFrameworkCore.Payouts;

internal sealed class PayoutBatchConfiguration : IEntityTypeConfiguration<PayoutBatch>
{
    public void Configure(EntityTypeBuilder<PayoutBatch> b)
    {
        b.ToTable("PayoutBatches");
        b.Property(x => x.Number).HasMaxLength(32);
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => x.Status);
        b.Ignore(x => x.Total);
        b.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Items).AutoInclude();
    }
}

internal sealed class PayoutItemConfiguration : IEntityTypeConfiguration<PayoutItem>
{
    public void Configure(EntityTypeBuilder<PayoutItem> b)
    {
        b.ToTable("PayoutItems");
        // An award is gathered into one batch only, even when two assembly runs race.
        b.HasIndex(x => x.AwardId).IsUnique();
        b.HasIndex(x => x.PayeeEnterpriseId);
        b.HasOne<Award>().WithMany().HasForeignKey(x => x.AwardId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.ToTable("Payments");
        // one payment per award, one key per payment — the database refuses a second.
        b.HasIndex(x => x.AwardId).IsUnique();
        b.HasIndex(x => x.IdempotencyKey).IsUnique();
        b.HasIndex(x => new { x.BatchId, x.Status, x.NextAttemptAtUtc });
        b.HasIndex(x => new { x.Status, x.NextAttemptAtUtc });
        b.HasIndex(x => x.ValueDate);
        b.HasIndex(x => x.PayeeEnterpriseId);
        b.HasOne<PayoutBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Award>().WithMany().HasForeignKey(x => x.AwardId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.PayeeName).HasMaxLength(200);
        b.Property(x => x.BankName).HasMaxLength(100);
        b.Property(x => x.AccountNumber).HasMaxLength(40);
        b.Property(x => x.Reference).HasMaxLength(PayoutConsts.MaxReferenceLength);
        b.Property(x => x.IdempotencyKey).HasMaxLength(PayoutConsts.MaxIdempotencyKeyLength);
        b.Property(x => x.PayloadHash).HasMaxLength(64);
        b.Property(x => x.LeaseOwner).HasMaxLength(100);
        b.Property(x => x.GatewayReference).HasMaxLength(PayoutConsts.MaxReferenceLength);
        b.Property(x => x.LastError).HasMaxLength(PayoutConsts.MaxDetailLength);
    }
}

internal sealed class PaymentAttemptConfiguration : IEntityTypeConfiguration<PaymentAttempt>
{
    public void Configure(EntityTypeBuilder<PaymentAttempt> b)
    {
        b.ToTable("PaymentAttempts");
        b.HasIndex(x => x.PaymentId);
        b.HasOne<Payment>().WithMany().HasForeignKey(x => x.PaymentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Operation).HasMaxLength(8);
        b.Property(x => x.Outcome).HasMaxLength(32);
        b.Property(x => x.Detail).HasMaxLength(PayoutConsts.MaxDetailLength);
        b.Property(x => x.Executor).HasMaxLength(100);
    }
}

internal sealed class ReconciliationConfiguration : IEntityTypeConfiguration<Reconciliation>
{
    public void Configure(EntityTypeBuilder<Reconciliation> b)
    {
        b.ToTable("Reconciliations");
        // One reconciliation per business day: a re-run finds it and adds only what is new.
        b.HasIndex(x => x.Date).IsUnique();
        b.HasMany(x => x.Differences).WithOne().HasForeignKey(x => x.ReconciliationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Differences).AutoInclude();
    }
}

internal sealed class ReconciliationDifferenceConfiguration : IEntityTypeConfiguration<ReconciliationDifference>
{
    public void Configure(EntityTypeBuilder<ReconciliationDifference> b)
    {
        b.ToTable("ReconciliationDifferences");
        b.HasIndex(x => new { x.ReconciliationId, x.IdempotencyKey, x.Kind }).IsUnique();
        b.Property(x => x.IdempotencyKey).HasMaxLength(PayoutConsts.MaxIdempotencyKeyLength);
        b.Property(x => x.GatewayPayee).HasMaxLength(200);
        b.Property(x => x.LedgerPayee).HasMaxLength(200);
    }
}

/// <summary>The day's last batch number, taken in the assembling transaction: no count + 1 race (ADR 0008).</summary>
internal sealed class PayoutBatchCounter
{
    /// <summary>The business date as yyyyMMdd.</summary>
    public int Day { get; set; }
    public int LastNumber { get; set; }
}

internal sealed class PayoutBatchCounterConfiguration : IEntityTypeConfiguration<PayoutBatchCounter>
{
    public void Configure(EntityTypeBuilder<PayoutBatchCounter> b)
    {
        b.ToTable("PayoutBatchCounters");
        b.HasKey(x => x.Day);
        b.Property(x => x.Day).ValueGeneratedNever();
    }
}
