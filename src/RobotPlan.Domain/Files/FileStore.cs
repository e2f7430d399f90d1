using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RobotPlan.Errors;
using RobotPlan.SeedWork;

namespace RobotPlan.Files;

/// <summary>
/// Keeps uploads on disk outside wwwroot under generated names and records them as <see cref="StoredFile"/>s
/// with their SHA-256. The caller's unit of work saves the record together with what refers to it.
/// </summary>
public sealed class FileStore(IStoredFileRepository files, IOptions<FileStorageOptions> options)
{
    private readonly FileStorageOptions _options = options.Value;

    public const string PdfContentType = "application/pdf";

    /// <summary>Stores an upload whose content is PDF, PNG or JPEG; <paramref name="pdfOnly"/> narrows that to PDF (test reports).</summary>
    public async Task<StoredFile> SaveAsync(FileUpload upload, Guid? ownerEnterpriseId, bool pdfOnly, CancellationToken ct)
    {
        if (upload.Length <= 0) throw new BusinessException(RobotPlanErrorCodes.UploadEmpty, "file");
        if (upload.Length > _options.MaxSizeBytes)
            throw new BusinessException(RobotPlanErrorCodes.UploadTooLarge, "file", _options.MaxSizeBytes / 1024 / 1024);

        var header = new byte[FileTypeSniffer.HeaderLength];
        var read = await upload.Content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        var type = FileTypeSniffer.Detect(header.AsSpan(0, read))
                   ?? throw new BusinessException(pdfOnly ? RobotPlanErrorCodes.UploadPdfRequired : RobotPlanErrorCodes.UploadTypeNotAllowed, "file");
        if (pdfOnly && type.ContentType != PdfContentType) throw new BusinessException(RobotPlanErrorCodes.UploadPdfRequired, "file");

        Directory.CreateDirectory(_options.RootPath);
        var storageName = Guid.CreateVersion7().ToString("N") + type.Extension;
        var path = Path.Combine(_options.RootPath, storageName);
        long size;
        string sha256;
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            hash.AppendData(header, 0, read);
            await target.WriteAsync(header.AsMemory(0, read), ct);
            size = read + await CopyAsync(upload.Content, target, hash, _options.MaxSizeBytes - read, ct);
            sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        if (size > _options.MaxSizeBytes)
        {
            File.Delete(path);
            throw new BusinessException(RobotPlanErrorCodes.UploadTooLarge, "file", _options.MaxSizeBytes / 1024 / 1024);
        }
        var file = new StoredFile(FileNameSanitizer.Sanitize(upload.FileName, type.Extension), type.ContentType, size, sha256,
            storageName, ownerEnterpriseId);
        await files.AddAsync(file, ct);
        return file;
    }

    public async Task<(StoredFile File, Stream Content)> OpenAsync(Guid id, CancellationToken ct)
    {
        var file = await files.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(StoredFile), id);
        var path = Path.Combine(_options.RootPath, file.StorageName);
        if (!File.Exists(path)) throw new EntityNotFoundException(typeof(StoredFile), id);
        return (file, new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
    }

    // Copies at most limit+1 bytes: a stream longer than its declared length is still refused.
    private static async Task<long> CopyAsync(Stream source, Stream target, IncrementalHash hash, long limit, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        int n;
        while ((n = await source.ReadAsync(buffer, ct)) > 0)
        {
            total += n;
            if (total > limit) return total;
            hash.AppendData(buffer, 0, n);
            await target.WriteAsync(buffer.AsMemory(0, n), ct);
        }
        return total;
    }
}
