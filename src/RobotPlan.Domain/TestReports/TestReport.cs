namespace RobotPlan.TestReports;

/// <summary>检测报告: issued by one testing body for one product; Valid until superseded, withdrawn or expired.</summary>
public class TestReport : AggregateRoot
{
    public Guid ProductId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public Guid TestingBodyId { get; private set; }
    public string Number { get; private set; } = null!;
    public string Conclusion { get; private set; } = null!;
    public DateOnly IssuedOn { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }
    public Guid FileId { get; private set; }
    public TestReportStatus Status { get; private set; }
    public Guid? SupersededById { get; private set; }
    public string? StatusReason { get; private set; }
    public DateTime? StatusChangedAt { get; private set; }

    private TestReport() { }

    internal TestReport(Guid productId, Guid enterpriseId, Guid testingBodyId, string number, string conclusion,
        DateOnly issuedOn, DateOnly? expiresOn, Guid fileId)
    {
        if (expiresOn is { } expiry && expiry <= issuedOn)
            throw new BusinessException(RobotPlanErrorCodes.TestReportExpiryBeforeIssue, "expiresOn");
        ProductId = productId;
        EnterpriseId = enterpriseId;
        TestingBodyId = testingBodyId;
        Number = number.Trim();
        Conclusion = conclusion.Trim();
        IssuedOn = issuedOn;
        ExpiresOn = expiresOn;
        FileId = fileId;
        Status = TestReportStatus.Valid;
    }

    /// <summary>Counts as evidence on <paramref name="date"/> (R-13 asks for at least one).</summary>
    public bool IsValidOn(DateOnly date) =>
        Status == TestReportStatus.Valid && IssuedOn <= date && (ExpiresOn is null || date < ExpiresOn);

    internal void SupersedeBy(TestReport successor, DateTime now)
    {
        EnsureValid();
        Status = TestReportStatus.Superseded;
        SupersededById = successor.Id;
        StatusReason = successor.Number;
        StatusChangedAt = now;
        AddDomainEvent(new TestReportStatusChanged(Id, ProductId, Status));
    }

    public void Withdraw(string reason, DateTime now)
    {
        EnsureValid();
        // A withdrawal must be explainable later (R-62 records why every state changed).
        if (string.IsNullOrWhiteSpace(reason))
            throw new BusinessException(RobotPlanErrorCodes.TestReportReasonRequired, "reason");
        Status = TestReportStatus.Withdrawn;
        StatusReason = reason.Trim();
        StatusChangedAt = now;
        AddDomainEvent(new TestReportStatusChanged(Id, ProductId, Status));
    }

    /// <summary>Called by the daily expiry job; false when there was nothing to do (so the job is re-runnable).</summary>
    public bool ExpireIfDue(DateOnly today, DateTime now)
    {
        if (Status != TestReportStatus.Valid || ExpiresOn is not { } expiry || today < expiry) return false;
        Status = TestReportStatus.Expired;
        StatusChangedAt = now;
        AddDomainEvent(new TestReportStatusChanged(Id, ProductId, Status));
        return true;
    }

    internal void EnsureValid()
    {
        if (Status != TestReportStatus.Valid)
            throw new BusinessException(RobotPlanErrorCodes.TestReportNotValid);
    }
}

/// <summary>A report stopped (or started) counting as evidence; later issues' listings react to it.</summary>
public sealed record TestReportStatusChanged(Guid TestReportId, Guid ProductId, TestReportStatus Status) : IDomainEvent;
