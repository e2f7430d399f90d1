namespace RobotPlan.TestReports;

// Only the DTO's members must be mapped: audit and event members of the aggregate are left out on purpose.
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class TestReportMapper
{
    private static partial TestReportDto Map(TestReport report, string? productName, string? productModel, string? enterpriseName,
        string? testingBodyName, StoredFileDto? file);

    public static TestReportDto ToDto(this TestReport report, TestReportNames names, StoredFileDto? file) =>
        Map(report, names.ProductName, names.ProductModel, names.EnterpriseName, names.TestingBodyName, file);
}

/// <summary>The display names a report's DTO carries besides its own fields.</summary>
public sealed record TestReportNames(string? ProductName, string? ProductModel, string? EnterpriseName, string? TestingBodyName);
