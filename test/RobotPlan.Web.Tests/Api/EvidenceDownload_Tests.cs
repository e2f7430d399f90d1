using System.Net;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Web.Tests.Authorization;
using RobotPlan.Web.Tests.Authorization.Expectations;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Api;

/// <summary>Issue 19 finding 3 (S-B): an applicant's file opens inline or downloads, never sniffed, and every download is audited.</summary>
public sealed class EvidenceDownload_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task Should_Serve_The_Attachment_Inline_With_Nosniff_And_Audit_The_Download_When_The_Reviewer_Opens_It()
    {
        var (applicationId, fileId) = await SubmittedFileAsync();
        var client = await factory.ClientForAsync(RobotPlanTestData.MunicipalReviewer);
        var url = $"/api/app/catalog-applications/{applicationId}/attachments/{fileId}";

        using var inline = await client.GetAsync(url + "?inline=true");
        using var download = await client.GetAsync(url);

        inline.StatusCode.ShouldBe(HttpStatusCode.OK);
        inline.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        inline.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        inline.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        (await inline.Content.ReadAsByteArrayAsync())[..5].ShouldBe("%PDF-"u8.ToArray());
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var audited = await factory.WithDbAsync(db => db.AuditLogs
            .Where(l => l.HttpMethod == "GET" && l.Url.StartsWith(url) && l.UserName == RobotPlanTestData.MunicipalReviewer).CountAsync());
        audited.ShouldBe(2);
    }

    [Fact]
    public async Task Should_Answer_404_When_The_File_Belongs_To_Another_Application()
    {
        var (first, _) = await SubmittedFileAsync();
        var (_, othersFile) = await SubmittedFileAsync();
        var client = await factory.ClientForAsync(RobotPlanTestData.MunicipalReviewer);

        using var response = await client.GetAsync($"/api/app/catalog-applications/{first}/attachments/{othersFile}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<(Guid ApplicationId, Guid FileId)> SubmittedFileAsync()
    {
        var file = await CatalogFiles.SubmittedAsync(new MatrixContext(factory));
        var attachment = await factory.WithDbAsync(async db => (await db.CatalogApplications.SingleAsync(a => a.Id == file.Id)).Attachments[0]);
        return (file.Id, attachment.FileId);
    }
}
