using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace RobotPlan.Files;

internal static class FileDownloadResults
{
    /// <summary>
    /// An applicant's evidence for the people deciding on it: <c>inline</c> opens a PDF in the browser's viewer and shows
    /// an image as a preview; otherwise it downloads. Only PDF, PNG and JPEG are ever stored (checked by content at
    /// upload), the host sends <c>nosniff</c>, and the name is the sanitized stored one (S-B).
    /// </summary>
    public static FileStreamResult ToEvidence(this FileDownload download, HttpResponse response, bool inline)
    {
        if (!inline) return download.ToAttachment();
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(download.FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        return new FileStreamResult(download.Content, download.ContentType) { EnableRangeProcessing = true };
    }
}
