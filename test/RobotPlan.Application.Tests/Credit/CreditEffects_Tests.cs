using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Application.Tests.CatalogApplications;
using RobotPlan.CatalogListings;
using RobotPlan.Credit;
using RobotPlan.SeedWork;
using R = RobotPlan.CatalogApplications.EligibilityRule;

namespace RobotPlan.Application.Tests.Credit;

/// <summary>R-61 for products and testing bodies, the dated job, corrections and the public list. Each test ends what it starts.</summary>
public sealed class CreditEffects_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly CreditScenario _c = new(host);
    private readonly CatalogScenario _s = new(host);

    [Fact]
    public async Task Should_Refuse_Listing_And_Suspend_Product_Listing_While_Product_Is_Blacklisted_And_Allow_Listing_After()
    {
        var listing = await _c.PublishAsync("LY-P180");
        var product = await host.WithDbAsync(db => db.Products.SingleAsync(p => p.Model == "LY-P180"));
        var other = await _c.PublishAsync("LY-W6", CatalogKind.KeyProcurement);

        var record = await _c.BlacklistAsync(CreditSubjectKind.Product, product.Id);

        (await _c.ListingAsync(listing.Id)).Status.ShouldBe(CatalogListingStatus.Suspended);
        (await _c.ListingAsync(other.Id)).Status.ShouldBe(CatalogListingStatus.Active, "only the blacklisted product's listings");
        var error = await Should.ThrowAsync<BusinessException>(() => _c.PublishAsync("LY-P180", CatalogKind.KeyProcurement));
        error.Code.ShouldBe(CreditErrorCodes.ProductBlacklisted);

        await _c.EndAsync(record);

        (await _c.PublishAsync("LY-P180", CatalogKind.KeyProcurement)).Status.ShouldBe(CatalogListingStatus.Active);
        (await _c.ListingAsync(listing.Id)).Status.ShouldBe(CatalogListingStatus.Suspended);
    }

    [Fact]
    public async Task Should_Fail_Product_Rule_In_Precheck_While_Product_Is_Blacklisted()
    {
        var product = await _s.ProductAsync();
        await _s.IssueReportAsync(product);
        var draft = await _s.AttachRequiredAsync(await _s.DraftAsync(await _s.BatchAsync(CatalogKind.FirstUnit), product));
        var record = await _c.BlacklistAsync(CreditSubjectKind.Product, product.Id);

        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        (await _s.Applications(s => s.GetEligibilityAsync(draft.Id))).Checks.Where(c => !c.Passed).Select(c => c.Rule)
            .ShouldBe([R.ProductNotBlacklisted]);
        await _c.EndAsync(record);
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        (await _s.Applications(s => s.GetEligibilityAsync(draft.Id))).IsEligible.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Not_Count_Reports_Of_Blacklisted_Testing_Body_As_Evidence_Until_Record_Ends()
    {
        var product = await _s.ProductAsync();
        await _s.IssueReportAsync(product);
        var draft = await _s.AttachRequiredAsync(await _s.DraftAsync(await _s.BatchAsync(CatalogKind.FirstUnit), product));

        var record = await _c.BlacklistAsync(CreditSubjectKind.TestingBody, host.Data.TestingBodyId);
        try
        {
            await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
            (await _s.Applications(s => s.GetEligibilityAsync(draft.Id))).Checks.Where(c => !c.Passed).Select(c => c.Rule)
                .ShouldBe([R.ValidTestReport]);
        }
        finally
        {
            await _c.EndAsync(record);
        }
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        (await _s.Applications(s => s.GetEligibilityAsync(draft.Id))).IsEligible.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Start_And_End_Records_On_Their_Dates_And_Change_Nothing_When_Rerun()
    {
        var product = await host.WithDbAsync(db => db.Products.SingleAsync(p => p.Model == "RV-40E"));
        var listing = await _c.PublishAsync("RV-40E");
        var start = host.Today.AddDays(3);
        var record = await _c.BlacklistAsync(CreditSubjectKind.Product, product.Id, start, start.AddDays(10), "渝经信信用〔2025〕3号");
        record.State.ShouldBe(CreditRecordState.Pending);
        (await _c.RunJobAsync()).ShouldBe(0);
        (await _c.ListingAsync(listing.Id)).Status.ShouldBe(CatalogListingStatus.Active);

        host.Clock.Advance(TimeSpan.FromDays(3));
        (await _c.RunJobAsync()).ShouldBe(1);
        (await _c.RunJobAsync()).ShouldBe(0);
        (await _c.ListingAsync(listing.Id)).Status.ShouldBe(CatalogListingStatus.Suspended);
        (await _c.StandingAsync(s => s.IsBlacklistedAsync(CreditSubjectKind.Product, product.Id))).ShouldBeTrue();

        host.Clock.Advance(TimeSpan.FromDays(10));
        (await _c.RunJobAsync()).ShouldBe(1);
        (await _c.RunJobAsync()).ShouldBe(0);
        (await _c.StandingAsync(s => s.IsBlacklistedAsync(CreditSubjectKind.Product, product.Id))).ShouldBeFalse();
        (await _c.Records(s => s.GetAsync(record.Id))).State.ShouldBe(CreditRecordState.Ended);
    }

    [Fact]
    public async Task Should_End_Old_Record_And_Point_Both_Ways_When_Corrected()
    {
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        var warning = await _c.Records(s => s.CreateAsync(new CreateCreditRecordDto
        {
            SubjectKind = CreditSubjectKind.Enterprise, SubjectId = host.Data.EnterpriseBId, Kind = CreditRecordKind.Warning,
            Reason = "逾期报送", DocumentNumber = "渝经信函〔2025〕5号", DocumentDate = host.Today, EffectiveFrom = host.Today,
        }));

        var corrected = await _c.Records(s => s.CorrectAsync(warning.Id, new CorrectCreditRecordDto
        {
            Kind = CreditRecordKind.Commendation, Reason = "经复核为按时报送", DocumentNumber = "渝经信函〔2025〕6号",
            DocumentDate = host.Today, EffectiveFrom = host.Today, ConcurrencyStamp = warning.ConcurrencyStamp,
        }));

        var old = await _c.Records(s => s.GetAsync(warning.Id));
        old.State.ShouldBe(CreditRecordState.Ended);
        old.CorrectedById.ShouldBe(corrected.Id);
        old.Reason.ShouldBe("逾期报送", "append-only: the old record keeps what it said");
        corrected.CorrectsId.ShouldBe(warning.Id);
        corrected.State.ShouldBe(CreditRecordState.InForce);
        (await Should.ThrowAsync<BusinessException>(() => _c.EndAsync(old))).Code.ShouldBe(CreditErrorCodes.AlreadyEnded);
        // Neither a warning nor a commendation is on the public dishonesty list.
        (await _c.PublicAsync(new GetPublicCreditRecordsInput { EnterpriseId = host.Data.EnterpriseBId })).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Refuse_Record_Management_To_Enterprise_Users()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        await Should.ThrowAsync<AuthorizationException>(() => _c.Records(s => s.GetListAsync(new GetCreditRecordsInput())));
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        (await _c.Records(s => s.GetListAsync(new GetCreditRecordsInput()))).ShouldNotBeNull();
        await Should.ThrowAsync<AuthorizationException>(() => _c.Records(s => s.CreateAsync(new CreateCreditRecordDto())));
    }
}
