using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Credit;
using RobotPlan.Payouts;
using RobotPlan.SubsidyClaims;
using RobotPlan.Web.Tests.Infrastructure;
using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.Web.Tests.Claims;

/// <summary>
/// The Development demo's claims, awards, payout batches and credit records (issue #16 item 8): a claim in each state a
/// person reaches, each of another enterprise, the budget reserved for what is confirmed, batches submitted and approved,
/// and credit records of each kind and state with one on the public list.
/// </summary>
public sealed class DemoClaims_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task The_Demo_Has_Claims_In_Several_States_And_Its_Award_Recomputes()
    {
        var states = await factory.WithDbAsync(db => db.Set<SubsidyClaim>().Select(c => c.Status).ToListAsync());
        states.ShouldBe([S.InPublicNotice, S.Submitted, S.Approved, S.Draft, S.DistrictReview, S.MunicipalReview, S.FinanceReview,
            S.Returned, S.Rejected, S.Withdrawn, S.Approved, S.Approved, S.Approved, S.Approved], ignoreOrder: true);
        var reserved = await factory.WithDbAsync(db => db.Set<SubsidyClaim>().SumAsync(c => c.ReservedAmount ?? 0m));
        (await factory.WithDbAsync(db => db.SubsidyPrograms.SumAsync(p => p.Reserved))).ShouldBe(reserved);
        var awards = await factory.WithDbAsync(db => db.Awards.AsNoTracking().ToListAsync());
        awards.Count.ShouldBe(5);
        awards.ShouldContain(a => a.Amount == 92_000m); // bayu's: 10% of 920,000
        foreach (var award in awards) award.Explanation!.Recompute().Amount.ShouldBe(award.Amount);
    }

    [Fact]
    public async Task Should_Show_Each_Claim_State_To_Its_Own_Enterprise_When_The_Demo_Is_Seeded()
    {
        var claimants = await factory.WithDbAsync(db => db.Set<SubsidyClaim>().Where(c => c.Status != S.Approved)
            .Select(c => c.EnterpriseId).ToListAsync());
        claimants.Distinct().Count().ShouldBe(claimants.Count, "every non-approved demo claim is another enterprise's");
        var returned = await factory.WithDbAsync(db => db.Set<SubsidyClaim>().SingleAsync(c => c.Status == S.Returned));
        returned.StatusReason.ShouldNotBeNullOrWhiteSpace();
        var rejected = await factory.WithDbAsync(db => db.Set<SubsidyClaim>().SingleAsync(c => c.Status == S.Rejected));
        rejected.StatusReason.ShouldNotBeNullOrWhiteSpace();
    }

    /// <summary>Approved awards are in a batch a first officer submitted and in one both officers signed (whose payments wait).</summary>
    [Fact]
    public async Task Should_Have_A_Submitted_And_An_Approved_Payout_Batch_When_The_Demo_Is_Seeded()
    {
        var batches = await factory.WithDbAsync(db => db.PayoutBatches.AsNoTracking().Include(b => b.Items).ToListAsync());
        batches.Select(b => b.Status).ShouldBe([PayoutBatchStatus.Submitted, PayoutBatchStatus.Approved], ignoreOrder: true);
        var approved = batches.Single(b => b.Status == PayoutBatchStatus.Approved);
        approved.SubmittedById.ShouldNotBe(approved.ApprovedById);
        var payments = await factory.WithDbAsync(db => db.Payments.Where(p => p.BatchId == approved.Id).Select(p => p.Status).ToListAsync());
        payments.ShouldBe(Enumerable.Repeat(PaymentStatus.Pending, approved.Items.Count));
        batches.Single(b => b.Status == PayoutBatchStatus.Submitted).Items.Count.ShouldBeGreaterThan(0);
    }

    /// <summary>R-60: each kind, records in force, ended early, ended by their dates and not yet in force; the public sees the blacklist.</summary>
    [Fact]
    public async Task Should_Have_Credit_Records_Of_Each_Kind_And_State_With_A_Public_One_When_The_Demo_Is_Seeded()
    {
        var records = await factory.WithDbAsync(db => db.Set<CreditRecord>().AsNoTracking().ToListAsync());
        records.Where(r => r.State == CreditRecordState.InForce).Select(r => r.Kind).Distinct()
            .ShouldBe([CreditRecordKind.Commendation, CreditRecordKind.Warning, CreditRecordKind.SeriousDishonesty], ignoreOrder: true);
        records.Select(r => r.State).Distinct()
            .ShouldBe([CreditRecordState.Pending, CreditRecordState.InForce, CreditRecordState.Ended], ignoreOrder: true);
        records.ShouldContain(r => r.State == CreditRecordState.Ended && r.EndDocumentNumber != null, "one ended early by a reviewer");

        var publicList = JsonDocument.Parse(await (await factory.ClientForAsync(null)).GetStringAsync("/api/public/credit-records")).RootElement;
        publicList.GetProperty("totalCount").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
    }
}
