namespace RobotPlan.TestReports;

public interface ITestReportRepository
{
    Task<TestReport?> FindAsync(Guid id, CancellationToken ct = default);
    Task<bool> NumberExistsAsync(Guid testingBodyId, string number, CancellationToken ct = default);
    /// <summary>Whether any report, whatever its state, was filed with a file of this SHA-256.</summary>
    Task<bool> FileExistsAsync(string sha256, CancellationToken ct = default);
    Task<(int TotalCount, List<TestReport> Items)> GetPageAsync(TestReportFilter filter, CancellationToken ct = default);
    /// <summary>Valid reports whose expiry date is on or before <paramref name="today"/>.</summary>
    Task<List<TestReport>> GetDueForExpiryAsync(DateOnly today, int max, CancellationToken ct = default);
    /// <summary>Every report of the product, whatever its state (eligibility asks which are valid on a date).</summary>
    Task<List<TestReport>> GetByProductAsync(Guid productId, CancellationToken ct = default);
    Task AddAsync(TestReport report, CancellationToken ct = default);
}

public sealed record TestReportFilter(Guid? ProductId, Guid? EnterpriseId, Guid? TestingBodyId, Guid? JurisdictionId,
    TestReportStatus? Status, string? Sorting, int SkipCount, int MaxResultCount);
