using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogListings;
using RobotPlan.Errors;
using RobotPlan.SeedWork;
using R = RobotPlan.CatalogApplications.EligibilityRule;

namespace RobotPlan.Application.Tests.CatalogApplications;

public sealed class CatalogEligibility_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly CatalogScenario _s = new(host);

    [Fact]
    public async Task Should_Show_Every_Rule_And_Fail_Missing_Report_And_Attachments_When_First_Unit_Draft_Is_Bare()
    {
        var draft = await _s.DraftAsync(await _s.BatchAsync(CatalogKind.FirstUnit), await _s.ProductAsync());

        var result = await _s.Applications(s => s.GetEligibilityAsync(draft.Id));

        result.IsEligible.ShouldBeFalse();
        result.Checks.Select(c => c.Rule).ShouldBe(Enum.GetValues<R>(), ignoreOrder: true);
        result.Checks.Where(c => !c.Passed).Select(c => c.Rule).ShouldBe([R.ValidTestReport, R.RequiredAttachments], ignoreOrder: true);
        result.Checks.Single(c => c.Rule == R.ValidTestReport).ReasonCode.ShouldBe("RobotPlan:Catalog.Eligibility.ValidTestReport");
    }

    [Fact]
    public async Task Should_Not_Ask_For_Test_Report_When_Catalog_Is_Key_Procurement()
    {
        var draft = await _s.AttachRequiredAsync(await _s.DraftAsync(await _s.BatchAsync(CatalogKind.KeyProcurement), await _s.ProductAsync()));

        var result = await _s.Applications(s => s.GetEligibilityAsync(draft.Id));

        result.IsEligible.ShouldBeTrue();
        result.Checks.ShouldNotContain(c => c.Rule == R.ValidTestReport);
        draft.KeyProcurement.ShouldNotBeNull().Price.ShouldBe(198000.01m);
    }

    [Fact]
    public async Task Should_Refuse_Submission_With_One_Reason_Per_Failed_Rule()
    {
        var draft = await _s.DraftAsync(await _s.BatchAsync(CatalogKind.FirstUnit), await _s.ProductAsync());

        var error = await Should.ThrowAsync<NotEligibleException>(() =>
            _s.Applications(s => s.SubmitAsync(draft.Id, new CatalogTransitionDto { ConcurrencyStamp = draft.ConcurrencyStamp })));

        error.Code.ShouldBe(RobotPlanErrorCodes.NotEligible);
        error.Failures.Select(f => f.Rule).ShouldBe([R.ValidTestReport, R.RequiredAttachments], ignoreOrder: true);
        (await _s.Applications(s => s.GetAsync(draft.Id))).Status.ShouldBe(CatalogApplicationStatus.Draft);
    }

    [Fact]
    public async Task Should_Submit_And_Append_History_When_Eligible()
    {
        var submitted = await _s.SubmittedAsync();

        submitted.Status.ShouldBe(CatalogApplicationStatus.Submitted);
        var entry = submitted.History.ShouldHaveSingleItem();
        entry.ShouldSatisfyAllConditions(e => e.From.ShouldBe(CatalogApplicationStatus.Draft), e => e.To.ShouldBe(CatalogApplicationStatus.Submitted),
            e => e.ActorName.ShouldBe(RobotPlanTestData.EnterpriseAUser), e => e.ActorRole.ShouldBe("enterprise"));
    }

    [Fact]
    public async Task Should_Refuse_Second_Open_Application_When_Same_Product_And_Catalog()
    {
        var product = await _s.ProductAsync();
        await _s.DraftAsync(await _s.BatchAsync(CatalogKind.FirstUnit), product);

        var secondBatch = await _s.BatchAsync(CatalogKind.FirstUnit);
        var error = await Should.ThrowAsync<BusinessException>(() => _s.DraftAsync(secondBatch, product));

        error.Code.ShouldBe(RobotPlanErrorCodes.OpenApplicationExists);
        (await _s.DraftAsync(await _s.BatchAsync(CatalogKind.KeyProcurement), product)).Status.ShouldBe(CatalogApplicationStatus.Draft);
    }

    [Fact]
    public async Task Should_Allow_New_Application_When_Previous_One_Was_Withdrawn()
    {
        var product = await _s.ProductAsync();
        var first = await _s.DraftAsync(await _s.BatchAsync(CatalogKind.FirstUnit), product);
        await _s.Applications(s => s.WithdrawAsync(first.Id, new CatalogTransitionDto { ConcurrencyStamp = first.ConcurrencyStamp }));

        (await _s.DraftAsync(await _s.BatchAsync(CatalogKind.FirstUnit), product)).Status.ShouldBe(CatalogApplicationStatus.Draft);
    }

    [Fact]
    public async Task Should_Refuse_Draft_When_Product_Belongs_To_Another_Enterprise()
    {
        var product = await _s.ProductAsync();
        var batch = await _s.BatchAsync(CatalogKind.FirstUnit);
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseBUser);

        var error = await Should.ThrowAsync<BusinessException>(() => _s.Applications(s => s.CreateAsync(new CreateCatalogApplicationDto
            { BatchId = batch.Id, ProductId = product.Id, FirstUnit = CatalogScenario.FirstUnitForm() })));

        error.Code.ShouldBe(RobotPlanErrorCodes.ProductNotOwned);
    }

    [Fact]
    public async Task Should_Fail_Not_Already_Listed_When_Product_Has_An_Active_Listing_In_That_Catalog()
    {
        var product = await _s.ProductAsync();
        // a product listed and valid in a catalog cannot apply to it again.
        await host.WithScopeAsync(sp => sp.GetRequiredService<RobotPlan.CatalogListings.CatalogListingManager>()
            .PublishAsync(product.Id, product.EnterpriseId, CatalogKind.FirstUnit, Guid.CreateVersion7(), [], host.Today));
        await _s.IssueReportAsync(product);
        var draft = await _s.AttachRequiredAsync(await _s.DraftAsync(await _s.BatchAsync(CatalogKind.FirstUnit), product));

        var result = await _s.Applications(s => s.GetEligibilityAsync(draft.Id));

        result.Checks.Where(c => !c.Passed).Select(c => c.Rule).ShouldBe([R.NotAlreadyListed]);
    }
}
