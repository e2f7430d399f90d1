namespace RobotPlan.Files;

public interface IStoredFileRepository
{
    Task<StoredFile?> FindAsync(Guid id, CancellationToken ct = default);
    Task AddAsync(StoredFile file, CancellationToken ct = default);
}
