using System.Diagnostics;

namespace RobotPlan;

/// <summary>
/// Reads issued PDFs the way a person's tools would: poppler's <c>pdftotext</c> for the text and <c>pdftoppm</c> + zbar's
/// <c>zbarimg</c> for the QR code (Debian packages poppler-utils and zbar-tools, installed by .ci/run).
/// </summary>
public static class PdfTools
{
    public static async Task<string> TextAsync(byte[] pdf)
    {
        var path = await WriteAsync(pdf);
        try
        {
            return await RunAsync("pdftotext", "-layout", "-enc", "UTF-8", path, "-");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The QR codes on the first page, rendered at 150 dpi as a phone camera would see it.</summary>
    public static async Task<string[]> QrCodesAsync(byte[] pdf)
    {
        var path = await WriteAsync(pdf);
        var image = Path.ChangeExtension(path, null);
        try
        {
            await RunAsync("pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", path, image);
            var output = await RunAsync("zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", image + ".png");
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        finally
        {
            File.Delete(path);
            File.Delete(image + ".png");
        }
    }

    public static async Task<int> PageCountAsync(byte[] pdf)
    {
        var path = await WriteAsync(pdf);
        try
        {
            var info = await RunAsync("pdfinfo", path);
            var line = info.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
            return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<string> WriteAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), "robotplan-pdf-" + Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(path, pdf);
        return path;
    }

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} exited {process.ExitCode}: {await error}");
        return await output;
    }
}
