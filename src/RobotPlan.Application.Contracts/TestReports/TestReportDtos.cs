namespace RobotPlan.TestReports;

public sealed record TestReportDto(
    Guid Id, Guid ProductId, string? ProductName, string? ProductModel, Guid EnterpriseId, string? EnterpriseName,
    Guid TestingBodyId, string? TestingBodyName, string Number, string Conclusion, DateOnly IssuedOn, DateOnly? ExpiresOn,
    TestReportStatus Status, Guid? SupersededById, string? StatusReason, DateTime? StatusChangedAt, StoredFileDto? File,
    DateTime CreationTime, string ConcurrencyStamp);

/// <summary>The fields of a new report; the product is the one with this model of the enterprise with this USCC.</summary>
public class TestReportFieldsDto
{
    [Required, StringLength(TestReportConsts.MaxNumberLength)]
    public string Number { get; set; } = "";

    [Required, StringLength(TestReportConsts.MaxConclusionLength)]
    public string Conclusion { get; set; } = "";

    [Required]
    public DateOnly? IssuedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }
}

public sealed class IssueTestReportDto : TestReportFieldsDto
{
    [Required, StringLength(32)]
    public string Uscc { get; set; } = "";

    [Required, StringLength(Products.ProductConsts.MaxModelLength)]
    public string Model { get; set; } = "";
}

public sealed class SupersedeTestReportDto : TestReportFieldsDto
{
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class WithdrawTestReportDto
{
    [Required, StringLength(TestReportConsts.MaxReasonLength)]
    public string Reason { get; set; } = "";

    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class GetTestReportsInput : PagedAndSortedResultRequestDto
{
    public Guid? ProductId { get; set; }

    public TestReportStatus? Status { get; set; }
}
