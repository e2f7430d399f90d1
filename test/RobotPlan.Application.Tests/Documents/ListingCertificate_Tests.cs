using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogListings;
using RobotPlan.Documents;
using RobotPlan.ReferenceData;

namespace RobotPlan.Application.Tests.Documents;

/// <summary>Issue 17 §1, §4: the certificate says what the listing was published with; its code and QR lead to the live state.</summary>
public sealed class ListingCertificate_Tests(DocumentsFixture fixture) : IClassFixture<DocumentsFixture>
{
    private Task<CatalogListing> DemoListingAsync(string model) =>
        fixture.WithDbAsync(db => db.Set<CatalogListing>().SingleAsync(l => l.ProductModel == model));

    [Fact]
    public async Task Should_Print_The_Number_Dates_Enterprise_And_Code_When_A_Demo_Listing_Is_Certified()
    {
        var listing = await DemoListingAsync("RV-40E");

        var pdf = await fixture.CertificateAsync(listing.Number);

        var issued = await fixture.IssuedAsync(listing.Number);
        var text = await PdfTools.TextAsync(pdf);
        text.ShouldContain("入选证明");
        text.ShouldContain(listing.Number);
        text.ShouldContain(listing.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        text.ShouldContain(listing.ValidTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        text.ShouldContain(listing.EnterpriseName);
        text.ShouldContain(RobotPlanTestData.EnterpriseBUscc); // shancheng's USCC
        text.ShouldContain("验证码：" + issued.Code);
        issued.Code.Length.ShouldBe(DocumentConsts.CodeLength);
        (await PdfTools.PageCountAsync(pdf)).ShouldBe(1);
        pdf.Length.ShouldBeLessThan(200 * 1024);
    }

    [Fact]
    public async Task Should_Encode_The_Verification_Url_When_The_QR_Code_Is_Scanned()
    {
        var listing = await DemoListingAsync("LJ-C7");
        var pdf = await fixture.CertificateAsync(listing.Number);
        var issued = await fixture.IssuedAsync(listing.Number);

        (await PdfTools.QrCodesAsync(pdf)).ShouldBe([$"http://localhost:5080/verify/{issued.Code}"]);
    }

    [Fact]
    public async Task Should_Hand_Out_The_Same_File_When_The_Certificate_Is_Downloaded_Again()
    {
        var listing = await DemoListingAsync("LY-P180");

        var first = await fixture.CertificateAsync(listing.Number);
        var second = await fixture.CertificateAsync(listing.Number);

        second.ShouldBe(first);
        (await fixture.WithDbAsync(db => db.Set<IssuedDocument>().CountAsync(d => d.SubjectKey == listing.Number))).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Issue_An_English_Certificate_When_The_Culture_Is_English()
    {
        var listing = await DemoListingAsync("BY-R1");
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            var text = await PdfTools.TextAsync(await fixture.CertificateAsync(listing.Number));
            text.ShouldContain("Listing certificate");
            text.ShouldContain("Verification code: ");
            // Issue #16 item 6: an English certificate still names the district officially, in Chinese.
            var district = await fixture.WithDbAsync(db => db.Set<ReviewJurisdiction>().SingleAsync(j => j.Id == listing.JurisdictionId));
            text.ShouldContain(district.Name);
            text.ShouldNotContain(district.NameEn);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
        (await fixture.WithDbAsync(db => db.Set<IssuedDocument>().Where(d => d.SubjectKey == listing.Number).Select(d => d.Culture).ToListAsync()))
            .ShouldContain("en");
    }

    [Fact]
    public async Task Should_Verify_As_Suspended_With_Its_Reason_When_The_Listing_Was_Suspended_After_Issue()
    {
        var listing = await ListingTestPublisher.PublishAsync(fixture.Services, "LY-W6", CatalogKind.FirstUnit, fixture.Today);
        await fixture.CertificateAsync(listing.Number);
        var code = (await fixture.IssuedAsync(listing.Number)).Code;
        (await fixture.VerifyAsync(code))!.Now.Status.ShouldBe(DocumentLiveStatus.Active);

        await fixture.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        await fixture.WithScopeAsync(sp => sp.GetRequiredService<ICatalogListingAppService>().SuspendAsync(listing.Id,
            new ChangeListingStatusDto { Reason = "检测报告存疑", DocumentNumber = "渝经信函〔2025〕12号", DocumentDate = fixture.Today }));
        await fixture.LoginAsAsync(null);

        var verification = (await fixture.VerifyAsync(code))!;
        verification.Now.ShouldBe(new DocumentLiveStateDto(DocumentLiveStatus.Suspended, "检测报告存疑", "渝经信函〔2025〕12号", fixture.Today));
        verification.Said.Fields.ShouldContain(f => f.Value == listing.Number);
    }

    [Fact]
    public async Task Should_Tell_A_Modified_Copy_From_The_Issued_File_When_Checked()
    {
        var listing = await DemoListingAsync("RV-40E");
        var pdf = await fixture.CertificateAsync(listing.Number);
        var code = (await fixture.IssuedAsync(listing.Number)).Code;
        // A comment after %%EOF: the copy still opens and looks the same, but it is not the file issued.
        byte[] appended = [.. pdf, .. "%\n"u8];
        var flipped = pdf.ToArray();
        flipped[pdf.Length / 2] ^= 0x01;

        (await fixture.CheckAsync(code, pdf))!.IsIssuedFile.ShouldBeTrue();
        (await fixture.CheckAsync(code, appended))!.IsIssuedFile.ShouldBeFalse();
        (await fixture.CheckAsync(code, flipped))!.IsIssuedFile.ShouldBeFalse();
    }

    [Theory]
    [InlineData("0000000000000000000A")]   // well formed, never issued
    [InlineData("00000000000000000000")]   // the lookup stand-in itself
    [InlineData("not-a-code")]
    [InlineData("ILOU0000000000000000")]   // letters outside the alphabet
    [InlineData("")]
    public async Task Should_Find_Nothing_When_The_Code_Is_Unknown_Or_Malformed(string code) =>
        (await fixture.VerifyAsync(code)).ShouldBeNull();

    [Fact]
    public async Task Should_Accept_A_Code_Typed_In_Groups_And_Lower_Case()
    {
        var listing = await DemoListingAsync("LJ-C7");
        await fixture.CertificateAsync(listing.Number);
        var code = (await fixture.IssuedAsync(listing.Number)).Code;
        var typed = string.Join('-', code.Chunk(5).Select(c => new string(c))).ToLowerInvariant();

        (await fixture.VerifyAsync(typed))!.Code.ShouldBe(code);
    }
}
