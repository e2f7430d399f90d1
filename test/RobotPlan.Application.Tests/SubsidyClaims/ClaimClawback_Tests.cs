using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogApplications;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyAwards;
using RobotPlan.SubsidyClaims;
using RobotPlan.Timing;
using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.Application.Tests.SubsidyClaims;

/// <summary>
/// R-36's tail: the claim follows its award through payment, a fraud finding and repayment. Its own host, because
/// the fraud finding blacklists the claimant for three years and would refuse every later claim of the same class.
/// </summary>
public sealed class ClaimClawback_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly ClaimScenario _s = new(host);

    [Fact]
    public async Task The_Claim_Follows_Its_Awards_Payment_Fraud_Finding_And_Repayment()
    {
        var claim = await _s.ConfirmAsync(await _s.CompensationInFinanceAsync(2036));
        var ends = await host.WithDbAsync(db => db.PublicNotices.Where(n => n.Id == claim.NoticeId).Select(n => n.EndsAtUtc).SingleAsync());
        if (host.Clock.GetUtcNow().UtcDateTime < ends) host.Clock.SetUtcNow(ends);
        await host.WithScopeAsync(sp => sp.GetRequiredService<ApproveNoticeEndedClaimsJob>().RunAsync());

        async Task OnAward(Action<Award> act) => await host.WithScopeAsync(async sp =>
        {
            var award = await sp.GetRequiredService<IAwardRepository>().FindByClaimAsync(claim.Id);
            act(award!);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });
        var now = host.Clock.GetUtcNow().UtcDateTime;
        await OnAward(a => a.MarkPaid("TREASURY-1", now));
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        (await _s.Claims(s => s.GetAsync(claim.Id))).Status.ShouldBe(S.Paid);
        await OnAward(a => a.RecordFraudFinding("伪造验收证明", "渝经信〔2025〕9号", 24_000m, Guid.CreateVersion7(), now));
        (await _s.Claims(s => s.GetAsync(claim.Id))).Status.ShouldBe(S.ClawbackPending);
        await OnAward(a => a.RecordRepayment(now));
        var final = await _s.Claims(s => s.GetAsync(claim.Id));
        final.Status.ShouldBe(S.ClawedBack);
        final.History.Select(h => h.To).TakeLast(3).ShouldBe([S.Paid, S.ClawbackPending, S.ClawedBack]);
        // The fraud finding also blacklisted the claimant, so its next claim would be refused.
        (await host.WithScopeAsync(sp => sp.GetRequiredService<IEnterpriseCreditLookup>()
            .IsBlacklistedAsync(claim.EnterpriseId, DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, BusinessCalendarClock.TimeZone))))).ShouldBeTrue();
    }
}
