using Microsoft.EntityFrameworkCore;
using RobotPlan.Application.Tests.CatalogApplications;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogListings;
using RobotPlan.Credit;
using RobotPlan.Notifications;
using R = RobotPlan.CatalogApplications.EligibilityRule;

namespace RobotPlan.Application.Tests.Credit;

/// <summary>R-61 for an enterprise: each effect when the blacklist starts, and its reverse when it ends.</summary>
public sealed class EnterpriseBlacklist_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly CreditScenario _c = new(host);
    private readonly CatalogScenario _s = new(host);

    [Fact]
    public async Task Should_Refuse_Submission_Suspend_Listings_And_Hold_Payments_While_In_Force_And_Lift_All_But_Suspension_When_Ended()
    {
        var listing = await _c.PublishAsync("LY-W6");
        var batch = await _s.BatchAsync(CatalogKind.FirstUnit);
        var product = await _s.ProductAsync();
        await _s.IssueReportAsync(product);
        var draft = await _s.AttachRequiredAsync(await _s.DraftAsync(batch, product));

        var record = await _c.BlacklistAsync(CreditSubjectKind.Enterprise, host.Data.EnterpriseAId);

        record.State.ShouldBe(CreditRecordState.InForce);
        // Submission: the pre-check names the rule, and Submit refuses with the same reason.
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var check = await _s.Applications(s => s.GetEligibilityAsync(draft.Id));
        check.Checks.Where(c => !c.Passed).Select(c => c.Rule).ShouldBe([R.NotBlacklisted]);
        var refused = await Should.ThrowAsync<NotEligibleException>(() =>
            _s.Applications(s => s.SubmitAsync(draft.Id, new CatalogTransitionDto { ConcurrencyStamp = draft.ConcurrencyStamp })));
        refused.Failures.Select(f => f.Rule).ShouldBe([R.NotBlacklisted]);
        // Listings: Active became Suspended, citing the record's document.
        var suspended = await _c.ListingAsync(listing.Id);
        suspended.Status.ShouldBe(CatalogListingStatus.Suspended);
        suspended.History[^1].DocumentNumber.ShouldBe(record.DocumentNumber);
        // Payments and claims ask the lookup: blacklisted today; B is not.
        (await _c.StandingAsync(s => s.IsBlacklistedAsync(host.Data.EnterpriseAId, host.Today))).ShouldBeTrue();
        (await _c.StandingAsync(s => s.IsBlacklistedAsync(host.Data.EnterpriseBId, host.Today))).ShouldBeFalse();
        (await host.WithDbAsync(db => db.Set<Notification>().CountAsync(n => n.EnterpriseId == host.Data.EnterpriseAId
            && n.TextKey == "Credit:Notification:BlacklistStarted"))).ShouldBe(1);
        (await _c.PublicAsync()).Items.ShouldContain(p => p.SubjectUscc == RobotPlanTestData.EnterpriseAUscc);

        var ended = await _c.EndAsync(record);

        ended.State.ShouldBe(CreditRecordState.Ended);
        (await _c.StandingAsync(s => s.IsBlacklistedAsync(host.Data.EnterpriseAId, host.Today))).ShouldBeFalse();
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        (await _s.Applications(s => s.GetEligibilityAsync(draft.Id))).IsEligible.ShouldBeTrue();
        var submitted = await _s.Applications(s => s.SubmitAsync(draft.Id, new CatalogTransitionDto { ConcurrencyStamp = draft.ConcurrencyStamp }));
        submitted.Status.ShouldBe(CatalogApplicationStatus.Submitted);
        // Reinstatement stays a reviewer's decision.
        (await _c.ListingAsync(listing.Id)).Status.ShouldBe(CatalogListingStatus.Suspended);
        (await _c.PublicAsync()).Items.ShouldNotContain(p => p.SubjectUscc == RobotPlanTestData.EnterpriseAUscc);
        (await host.WithDbAsync(db => db.Set<Notification>().CountAsync(n => n.TextKey == "Credit:Notification:BlacklistEnded"))).ShouldBe(1);
    }
}
