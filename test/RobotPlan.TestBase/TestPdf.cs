using RobotPlan.Files;

namespace RobotPlan;

/// <summary>
/// PDFs whose bytes no other test shares: R-4 refuses a test report whose file (SHA-256) is already on record, so every
/// report a test files carries its own id. A one-page <see cref="MinimalPdf"/> (~600 bytes), built in microseconds.
/// </summary>
public static class TestPdf
{
    public static byte[] Unique(string text = "test report") => MinimalPdf.Create($"{text} {Guid.NewGuid():N}");

    public static FileUpload UniqueUpload(string text = "test report", string fileName = "report.pdf")
    {
        var bytes = Unique(text);
        return new FileUpload(new MemoryStream(bytes), fileName, bytes.Length);
    }
}
