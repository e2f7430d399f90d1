namespace RobotPlan.TestReports;

/// <summary>Issuing and superseding need the repository: report numbers are unique per testing body.</summary>
public class TestReportManager(ITestReportRepository reports, TimeProvider clock)
{
    public async Task<TestReport> IssueAsync(Product product, Guid testingBodyId, string number, string conclusion,
        DateOnly issuedOn, DateOnly? expiresOn, Guid fileId, CancellationToken ct = default)
    {
        if (await reports.NumberExistsAsync(testingBodyId, number.Trim(), ct))
            throw new BusinessException(RobotPlanErrorCodes.DuplicateTestReportNumber, "number");
        var report = new TestReport(product.Id, product.EnterpriseId, testingBodyId, number, conclusion, issuedOn, expiresOn, fileId);
        await reports.AddAsync(report, ct);
        return report;
    }

    /// <summary>A new report replaces an old one of the same body for the same product.</summary>
    public async Task<TestReport> SupersedeAsync(TestReport old, Product product, string number, string conclusion,
        DateOnly issuedOn, DateOnly? expiresOn, Guid fileId, CancellationToken ct = default)
    {
        // Checked before issuing, so a refused supersede adds nothing to the unit of work.
        old.EnsureValid();
        var successor = await IssueAsync(product, old.TestingBodyId, number, conclusion, issuedOn, expiresOn, fileId, ct);
        old.SupersedeBy(successor, clock.GetUtcNow().UtcDateTime);
        return successor;
    }
}
