using RobotPlan.CatalogListings;
using RobotPlan.SeedWork;

namespace RobotPlan.Domain.Tests.CatalogListings;

public sealed class CatalogListing_Tests
{
    private static readonly DateOnly Published = new(2026, 3, 2);
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly StatusDocument Doc = new("信用问题", "渝经信发〔2026〕12号", new DateOnly(2026, 4, 1));

    private static CatalogListing NewListing(CatalogKind catalog = CatalogKind.FirstUnit, int sequence = 7) =>
        new(catalog, sequence, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
            new CatalogListingSnapshot("弧焊焊接机器人工作站", "LY-W6", "IR-WELD", "重庆凌云智能装备有限公司", Guid.NewGuid(), null),
            [Guid.NewGuid()], Published, 3, null, Now);

    [Theory]
    [InlineData(CatalogKind.FirstUnit, 7, "SDT-2026-0007")]
    [InlineData(CatalogKind.KeyProcurement, 123, "ZDCG-2026-0123")]
    public void Should_Number_By_Catalog_Year_And_Sequence(CatalogKind catalog, int sequence, string number) =>
        NewListing(catalog, sequence).Number.ShouldBe(number);

    [Fact]
    public void Should_Be_Valid_For_The_Parameter_Years_From_Publication()
    {
        var listing = NewListing();
        listing.ValidFrom.ShouldBe(Published);
        listing.ValidTo.ShouldBe(new DateOnly(2029, 3, 2));
        listing.ValidityYears.ShouldBe(3);
        listing.Status.ShouldBe(CatalogListingStatus.Active);
        listing.History.Single().To.ShouldBe(CatalogListingStatus.Active);
    }

    [Fact]
    public void Should_Suspend_And_Reinstate_Recording_Each_Change()
    {
        var listing = NewListing();
        listing.Suspend(Doc, Guid.NewGuid(), Now);
        listing.Status.ShouldBe(CatalogListingStatus.Suspended);
        listing.IsSearchableOn(Published).ShouldBeFalse();
        listing.Reinstate(Doc, Guid.NewGuid(), Now);
        listing.Status.ShouldBe(CatalogListingStatus.Active);
        listing.History.Select(h => h.To).ShouldBe([CatalogListingStatus.Active, CatalogListingStatus.Suspended, CatalogListingStatus.Active]);
        listing.History[1].DocumentNumber.ShouldBe("渝经信发〔2026〕12号");
    }

    [Fact]
    public void Should_Not_Allow_Any_Change_When_Revoked()
    {
        var listing = NewListing();
        listing.Revoke(Doc, null, Now);
        Should.Throw<BusinessException>(() => listing.Reinstate(Doc, null, Now)).Code.ShouldBe(CatalogListingErrorCodes.IllegalTransition);
        Should.Throw<BusinessException>(() => listing.Suspend(Doc, null, Now)).Code.ShouldBe(CatalogListingErrorCodes.IllegalTransition);
        Should.Throw<BusinessException>(() => listing.Revoke(Doc, null, Now)).Code.ShouldBe(CatalogListingErrorCodes.IllegalTransition);
        listing.ExpireIfDue(listing.ValidTo.AddDays(1), Now).ShouldBeFalse();
        listing.Status.ShouldBe(CatalogListingStatus.Revoked);
    }

    [Fact]
    public void Should_Not_Reinstate_When_Active() =>
        Should.Throw<BusinessException>(() => NewListing().Reinstate(Doc, null, Now)).Code.ShouldBe(CatalogListingErrorCodes.IllegalTransition);

    [Fact]
    public void Should_Expire_Only_At_ValidTo()
    {
        var listing = NewListing();
        listing.ExpireIfDue(listing.ValidTo.AddDays(-1), Now).ShouldBeFalse();
        listing.Status.ShouldBe(CatalogListingStatus.Active);
        listing.ExpireIfDue(listing.ValidTo, Now).ShouldBeTrue();
        listing.Status.ShouldBe(CatalogListingStatus.Expired);
        listing.ExpireIfDue(listing.ValidTo.AddDays(1), Now).ShouldBeFalse();
    }

    [Fact]
    public void Should_Require_Reason_And_Document_When_Changed_By_A_Reviewer()
    {
        Should.Throw<BusinessException>(() => StatusDocument.Manual(" ", "文号", Published)).Field.ShouldBe("reason");
        Should.Throw<BusinessException>(() => StatusDocument.Manual("原因", null, Published)).Field.ShouldBe("documentNumber");
        Should.Throw<BusinessException>(() => StatusDocument.Manual("原因", "文号", null)).Field.ShouldBe("documentDate");
    }

    [Fact]
    public void Should_Mark_The_Expiry_Warning_Once_Inside_The_Window()
    {
        var listing = NewListing();
        listing.MarkExpiryWarningIfDue(listing.ValidTo.AddDays(-91), 90, Now).ShouldBeFalse();
        listing.MarkExpiryWarningIfDue(listing.ValidTo.AddDays(-90), 90, Now).ShouldBeTrue();
        listing.MarkExpiryWarningIfDue(listing.ValidTo.AddDays(-89), 90, Now).ShouldBeFalse();
    }
}
