using Microsoft.AspNetCore.Mvc;

namespace RobotPlan.Files;

internal static class FormFileExtensions
{
    /// <summary>The app service checks size, type and name; HTTP only hands the stream over.</summary>
    public static FileUpload ToUpload(this IFormFile file) => new(file.OpenReadStream(), file.FileName, file.Length);

    /// <summary>Always an attachment (never rendered inline) under the sanitized stored name (S-B).</summary>
    public static FileStreamResult ToAttachment(this FileDownload download) =>
        new(download.Content, download.ContentType) { FileDownloadName = download.FileName };
}
