using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Errors;
using RobotPlan.Files;
using RobotPlan.Products;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.Files;

/// <summary>S-B through a real use case (a product brochure): type by content, size limit, sanitized name, SHA-256.</summary>
public sealed class Upload_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private async Task<ProductDto> UploadAsync(byte[] content, string fileName, long? declaredLength = null)
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var productId = await host.WithDbAsync(db => db.Products.Where(p => p.Model == "LY-W6").Select(p => p.Id).SingleAsync());
        return await host.WithScopeAsync(sp => sp.GetRequiredService<IProductAppService>()
            .UploadBrochureAsync(productId, new FileUpload(new MemoryStream(content), fileName, declaredLength ?? content.Length)));
    }

    private Task<int> StoredFileCountAsync() => host.WithDbAsync(db => db.StoredFiles.CountAsync());

    [Theory]
    [InlineData("MZ\x90\0 not a pdf", "report.pdf")]
    [InlineData("<html><script>alert(1)</script>", "brochure.png")]
    [InlineData("GIF89a......", "brochure.jpg")]
    public async Task Should_Refuse_Upload_When_Content_Is_Not_Pdf_Png_Or_Jpeg(string content, string fileName)
    {
        var before = await StoredFileCountAsync();
        var error = await Should.ThrowAsync<BusinessException>(() => UploadAsync(System.Text.Encoding.Latin1.GetBytes(content), fileName));
        error.Code.ShouldBe(RobotPlanErrorCodes.UploadTypeNotAllowed);
        error.Field.ShouldBe("file");
        (await StoredFileCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Should_Refuse_Upload_When_Larger_Than_Limit()
    {
        var before = await StoredFileCountAsync();
        var big = new byte[20 * 1024 * 1024 + 1];
        "%PDF-1.4\n"u8.CopyTo(big);
        (await Should.ThrowAsync<BusinessException>(() => UploadAsync(big, "big.pdf"))).Code.ShouldBe(RobotPlanErrorCodes.UploadTooLarge);
        // A stream longer than its declared length is measured, not trusted.
        (await Should.ThrowAsync<BusinessException>(() => UploadAsync(big, "big.pdf", declaredLength: 100))).Code
            .ShouldBe(RobotPlanErrorCodes.UploadTooLarge);
        (await StoredFileCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Should_Keep_Sanitized_Name_And_Correct_Sha256_When_Pdf_Uploaded()
    {
        var pdf = MinimalPdf.Create("brochure");

        var product = await UploadAsync(pdf, "../../etc/passwd.pdf");

        var brochure = product.Brochure.ShouldNotBeNull();
        brochure.FileName.ShouldBe("passwd.pdf");
        brochure.ContentType.ShouldBe("application/pdf");
        brochure.Size.ShouldBe(pdf.Length);
        brochure.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(pdf)));
        var stored = await host.WithDbAsync(db => db.StoredFiles.SingleAsync(f => f.Id == brochure.Id));
        stored.OwnerEnterpriseId.ShouldBe(host.Data.EnterpriseAId);
        // Kept under a generated name inside the files root, never under the client's name.
        stored.StorageName.ShouldNotContain("passwd");
        File.ReadAllBytes(Path.Combine(host.FilesRoot, stored.StorageName)).ShouldBe(pdf);
    }

    [Fact]
    public async Task Should_Accept_Png_And_Name_It_By_Its_Content_When_Brochure()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        var brochure = (await UploadAsync(png, "产品 图片<script>.exe")).Brochure.ShouldNotBeNull();
        brochure.FileName.ShouldBe("产品 图片script.png");
        brochure.ContentType.ShouldBe("image/png");
    }
}
