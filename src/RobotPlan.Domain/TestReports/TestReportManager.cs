namespace RobotPlan.TestReports;

/// <summary>
/// Issuing and superseding need the repository: report numbers are unique per testing body, and a report's file is
/// unique among all reports on record.
/// </summary>
public class TestReportManager(ITestReportRepository reports, TimeProvider clock)
{
    public async Task<TestReport> IssueAsync(Product product, Guid testingBodyId, string number, string conclusion,
        DateOnly issuedOn, DateOnly? expiresOn, StoredFile file, CancellationToken ct = default)
    {
        if (await reports.NumberExistsAsync(testingBodyId, number.Trim(), ct))
            throw new BusinessException(RobotPlanErrorCodes.DuplicateTestReportNumber, "number");
        // a report is one body's document about one product, so the same bytes (SHA-256) cannot be a second report —
        // for any enterprise and in any state: a re-upload by mistake, another product's or enterprise's report copied,
        // or a withdrawn report filed again all look alike here, and a reviewer must never see one document count twice.
        if (await reports.FileExistsAsync(file.Sha256, ct))
            throw new BusinessException(RobotPlanErrorCodes.DuplicateTestReportFile, "file");
        var report = new TestReport(product.Id, product.EnterpriseId, testingBodyId, number, conclusion, issuedOn, expiresOn, file.Id);
        await reports.AddAsync(report, ct);
        return report;
    }

    /// <summary>A new report replaces an old one of the same body for the same product.</summary>
    public async Task<TestReport> SupersedeAsync(TestReport old, Product product, string number, string conclusion,
        DateOnly issuedOn, DateOnly? expiresOn, StoredFile file, CancellationToken ct = default)
    {
        // Checked before issuing, so a refused supersede adds nothing to the unit of work.
        old.EnsureValid();
        var successor = await IssueAsync(product, old.TestingBodyId, number, conclusion, issuedOn, expiresOn, file, ct);
        old.SupersedeBy(successor, clock.GetUtcNow().UtcDateTime);
        return successor;
    }
}
