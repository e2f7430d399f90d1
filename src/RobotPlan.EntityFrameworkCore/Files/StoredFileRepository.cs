namespace RobotPlan.EntityFrameworkCore.Files;

internal sealed class StoredFileRepository(RobotPlanDbContext db) : IStoredFileRepository
{
    public Task<StoredFile?> FindAsync(Guid id, CancellationToken ct) => db.StoredFiles.FirstOrDefaultAsync(f => f.Id == id, ct);

    public async Task AddAsync(StoredFile file, CancellationToken ct) => await db.StoredFiles.AddAsync(file, ct);
}
