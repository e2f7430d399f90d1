namespace RobotPlan.Files;

/// <summary>
/// An uploaded file: kept outside wwwroot under a generated name, with its SHA-256 (R-4, S-B).
/// OwnerEnterpriseId decides who may download it along with the record that refers to it.
/// </summary>
public class StoredFile : AggregateRoot
{
    public string FileName { get; private set; } = null!;
    public string ContentType { get; private set; } = null!;
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = null!;
    public string StorageName { get; private set; } = null!;
    public Guid? OwnerEnterpriseId { get; private set; }

    private StoredFile() { }

    public StoredFile(string fileName, string contentType, long size, string sha256, string storageName, Guid? ownerEnterpriseId)
    {
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        StorageName = storageName;
        OwnerEnterpriseId = ownerEnterpriseId;
    }
}
