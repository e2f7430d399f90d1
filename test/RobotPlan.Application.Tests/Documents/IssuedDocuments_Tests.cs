using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogListings;
using RobotPlan.Documents;
using RobotPlan.PublicNotices;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyAwards;

namespace RobotPlan.Application.Tests.Documents;

/// <summary>Issue 17 §2–3: the notice, the year list and the decision letters, each issued from the demo data with its code and QR.</summary>
public sealed class IssuedDocuments_Tests(DocumentsFixture fixture) : IClassFixture<DocumentsFixture>
{
    private IPublicDocumentAppService Public(IServiceProvider sp) => sp.GetRequiredService<IPublicDocumentAppService>();
    private IDecisionLetterAppService Letters(IServiceProvider sp) => sp.GetRequiredService<IDecisionLetterAppService>();

    /// <summary>Text, code and QR agree: the printed code is the issued one and the QR is its verification URL.</summary>
    private async Task<string> ReadIssuedAsync(byte[] pdf, string subjectKey)
    {
        var code = (await fixture.IssuedAsync(subjectKey)).Code;
        var text = await PdfTools.TextAsync(pdf);
        text.ShouldContain("验证码：" + code);
        (await PdfTools.QrCodesAsync(pdf)).ShouldBe([$"http://localhost:5080/verify/{code}"]);
        return text;
    }

    [Fact]
    public async Task Should_State_The_Window_Dates_And_Objection_Channel_When_The_Demo_Notice_Is_Issued()
    {
        var notice = await fixture.WithDbAsync(db => db.PublicNotices.OrderByDescending(n => n.PublishedAt).FirstAsync());

        var pdf = await fixture.BytesAsync(sp => Public(sp).GetNoticeAsync(notice.Id));

        var text = await ReadIssuedAsync(pdf, notice.Id.ToString());
        text.ShouldContain("公示");
        text.ShouldContain(notice.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        text.ShouldContain(notice.EndsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        text.ShouldContain($"{notice.WorkingDays} 个工作日");
        text.ShouldContain("异议渠道");
        var verification = (await fixture.VerifyAsync((await fixture.IssuedAsync(notice.Id.ToString())).Code))!;
        verification.Now.Status.ShouldBe(notice.IsOpenAt(fixture.Clock.GetUtcNow().UtcDateTime) ? DocumentLiveStatus.NoticeOpen : DocumentLiveStatus.NoticeEnded);
    }

    [Fact]
    public async Task Should_List_Every_Listing_Of_The_Year_And_Go_Out_Of_Date_When_One_Is_Added()
    {
        var year = fixture.Today.Year - 1; // the demo's finished batches
        var numbers = await fixture.WithDbAsync(db => db.Set<CatalogListing>().Where(l => l.Catalog == CatalogKind.FirstUnit && l.Year == year)
            .Select(l => l.Number).ToListAsync());
        var input = new CatalogYearInput { Catalog = CatalogKind.FirstUnit, Year = year };
        var key = CatalogYearListContent.SubjectKey(CatalogKind.FirstUnit, year);

        var text = await ReadIssuedAsync(await fixture.BytesAsync(sp => Public(sp).GetCatalogYearListAsync(input)), key);

        numbers.Count.ShouldBeGreaterThan(0);
        foreach (var number in numbers) text.ShouldContain(number);
        var first = (await fixture.IssuedAsync(key)).Code;
        (await fixture.VerifyAsync(first))!.Now.Status.ShouldBe(DocumentLiveStatus.Active);

        await ListingTestPublisher.PublishAsync(fixture.Services, "LY-W6", CatalogKind.FirstUnit, new DateOnly(year, 12, 1));

        (await fixture.VerifyAsync(first))!.Now.Status.ShouldBe(DocumentLiveStatus.Superseded);
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await fixture.BytesAsync(sp => Public(sp).GetCatalogYearListAsync(input));
        var second = (await fixture.IssuedAsync(key)).Code;
        second.ShouldNotBe(first);
        (await fixture.VerifyAsync(second))!.Now.Status.ShouldBe(DocumentLiveStatus.Active);
    }

    [Fact]
    public async Task Should_Give_The_Enterprise_Its_Catalog_Decision_When_Its_File_Was_Listed()
    {
        var listing = await fixture.WithDbAsync(db => db.Set<CatalogListing>().SingleAsync(l => l.ProductModel == "RV-40E"));
        await fixture.LoginAsAsync(RobotPlanTestData.EnterpriseBUser);

        var pdf = await fixture.BytesAsync(sp => Letters(sp).GetCatalogDecisionAsync(listing.ApplicationId));

        var text = await ReadIssuedAsync(pdf, listing.ApplicationId.ToString());
        text.ShouldContain("目录入选决定书");
        text.ShouldContain("列入目录");
        text.ShouldContain(listing.Number);
        text.ShouldContain(listing.ValidTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Should_Not_Show_Another_Enterprise_Its_Decision_Letter()
    {
        var listing = await fixture.WithDbAsync(db => db.Set<CatalogListing>().SingleAsync(l => l.ProductModel == "RV-40E"));
        await fixture.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);

        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.WithScopeAsync(sp => Letters(sp).GetCatalogDecisionAsync(listing.ApplicationId)));
    }

    [Fact]
    public async Task Should_Refuse_A_Decision_Letter_When_The_File_Is_Not_Decided()
    {
        var pending = await fixture.WithDbAsync(db => db.Set<CatalogApplication>()
            .FirstAsync(a => a.Status != CatalogApplicationStatus.Listed && a.Status != CatalogApplicationStatus.Rejected));
        await fixture.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);

        var error = await Should.ThrowAsync<BusinessException>(() => fixture.WithScopeAsync(sp => Letters(sp).GetCatalogDecisionAsync(pending.Id)));
        error.Code.ShouldBe(DocumentErrorCodes.NotDecided);
    }

    [Fact]
    public async Task Should_Show_The_Computation_And_Later_Say_Clawed_Back_When_The_Demo_Award_Letter_Is_Verified()
    {
        // bayu's (10% of 920,000): the demo's other awards are in its payout batches.
        var award = await fixture.WithDbAsync(db => db.Set<Award>().SingleAsync(a => a.Explanation != null && a.Amount == 92_000m));
        await fixture.LoginAsAsync(RobotPlanTestData.FinanceOfficer);

        var pdf = await fixture.BytesAsync(sp => Letters(sp).GetAwardDecisionAsync(award.ClaimId));

        var text = await ReadIssuedAsync(pdf, award.Id.ToString());
        text.ShouldContain("补助资金核定决定书");
        text.ShouldContain(award.Amount.ToString("N2", CultureInfo.InvariantCulture));
        text.ShouldContain("参数版本");
        text.ShouldContain(award.ParameterVersion.ToString(CultureInfo.InvariantCulture));
        foreach (var line in award.Explanation!.Lines) text.ShouldContain(line.Value.ToString("N2", CultureInfo.InvariantCulture));
        var code = (await fixture.IssuedAsync(award.Id.ToString())).Code;
        (await fixture.VerifyAsync(code))!.Now.Status.ShouldBe(DocumentLiveStatus.Active);

        // Paid, found fraudulent and repaid through the award's own transitions (R-60's clawback).
        await fixture.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RobotPlan.EntityFrameworkCore.RobotPlanDbContext>();
            var tracked = await db.Set<Award>().SingleAsync(a => a.Id == award.Id);
            var now = fixture.Clock.GetUtcNow().UtcDateTime;
            tracked.MarkPaid("T-1", now);
            tracked.RecordFraudFinding("伪造合同", "渝经信函〔2025〕30号", tracked.Amount, Guid.NewGuid(), now);
            tracked.RecordRepayment(now);
            tracked.ClearDomainEvents(); // the budget, claim and credit reactions are other features' tests
            await db.SaveChangesAsync();
        });

        var state = (await fixture.VerifyAsync(code))!.Now;
        state.Status.ShouldBe(DocumentLiveStatus.ClawedBack);
        state.DocumentNumber.ShouldBe("渝经信函〔2025〕30号");
    }
}
