using System.Net.Http.Headers;
using RobotPlan.Files;

namespace RobotPlan.Web.Tests;

/// <summary>Multipart bodies for upload endpoints, with real PDF/PNG content.</summary>
public static class Multipart
{
    public static readonly byte[] Pdf = MinimalPdf.Create("RobotPlan web test");
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    public static MultipartFormDataContent File(byte[] content, string fileName, string contentType = "application/octet-stream")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }
}
