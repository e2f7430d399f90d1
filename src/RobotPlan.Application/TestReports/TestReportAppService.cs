using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.TestReports;

public sealed class TestReportAppService(
    ITestReportRepository reports,
    TestReportManager manager,
    IProductRepository products,
    IEnterpriseRepository enterprises,
    IReferenceDataRepository referenceData,
    IStoredFileRepository files,
    FileStore fileStore,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock,
    DataScope scope) : ITestReportAppService
{
    public async Task<PagedResultDto<TestReportDto>> GetListAsync(GetTestReportsInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.TestReports.Default);
        if (!scope.SeesAllEnterprises && scope.JurisdictionRestriction is null && scope.EnterpriseRestriction is null
            && scope.TestingBodyRestriction is null) return new(0, []);
        var (total, items) = await reports.GetPageAsync(new TestReportFilter(input.ProductId, scope.EnterpriseRestriction,
            scope.TestingBodyRestriction, scope.JurisdictionRestriction, input.Status, input.Sorting, input.SkipCount, input.MaxResultCount), ct);
        var productsById = (await products.GetByIdsAsync(items.Select(r => r.ProductId).Distinct().ToList(), ct)).ToDictionary(p => p.Id);
        var enterpriseNames = await enterprises.GetLegalNamesAsync(items.Select(r => r.EnterpriseId).Distinct().ToList(), ct);
        var bodies = (await referenceData.GetTestingBodiesAsync(ct)).ToDictionary(b => b.Id, b => b.LocalName());
        return new(total, items.Select(r =>
        {
            var product = productsById.GetValueOrDefault(r.ProductId);
            return r.ToDto(new TestReportNames(product?.Name, product?.Model, enterpriseNames.GetValueOrDefault(r.EnterpriseId),
                bodies.GetValueOrDefault(r.TestingBodyId)), null);
        }).ToList());
    }

    public async Task<TestReportDto> GetAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.TestReports.Default);
        return await ToDtoAsync(await LoadVisibleAsync(id, ct), ct);
    }

    public async Task<TestReportDto> IssueAsync(IssueTestReportDto input, FileUpload file, CancellationToken ct)
    {
        var testingBodyId = CheckIssuer();
        var product = await FindProductAsync(input.Uscc, input.Model, ct);
        var stored = await fileStore.SaveAsync(file, product.EnterpriseId, pdfOnly: true, ct);
        var report = await manager.IssueAsync(product, testingBodyId, input.Number, input.Conclusion, IssuedOn(input), input.ExpiresOn,
            stored, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(report, ct);
    }

    public async Task<TestReportDto> SupersedeAsync(Guid id, SupersedeTestReportDto input, FileUpload file, CancellationToken ct)
    {
        CheckIssuer();
        var old = await LoadOwnAsync(id, ct);
        unitOfWork.ExpectConcurrencyStamp(old, input.ConcurrencyStamp);
        // The product may have been deleted since; the report still belongs to it.
        var product = (await products.GetByIdsAsync([old.ProductId], ct)).Single();
        var stored = await fileStore.SaveAsync(file, product.EnterpriseId, pdfOnly: true, ct);
        var successor = await manager.SupersedeAsync(old, product, input.Number, input.Conclusion, IssuedOn(input), input.ExpiresOn,
            stored, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(successor, ct);
    }

    public async Task<TestReportDto> WithdrawAsync(Guid id, WithdrawTestReportDto input, CancellationToken ct)
    {
        CheckIssuer();
        var report = await LoadOwnAsync(id, ct);
        unitOfWork.ExpectConcurrencyStamp(report, input.ConcurrencyStamp);
        report.Withdraw(input.Reason, clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(report, ct);
    }

    public async Task<FileDownload> GetFileAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.TestReports.Default);
        var report = await LoadVisibleAsync(id, ct);
        var (file, content) = await fileStore.OpenAsync(report.FileId, ct);
        return new FileDownload(content, file.FileName, file.ContentType);
    }

    private Guid CheckIssuer()
    {
        currentUser.CheckPermission(P.TestReports.Issue);
        return currentUser.TestingBodyId ?? throw new AuthorizationException(P.TestReports.Issue);
    }

    private static DateOnly IssuedOn(TestReportFieldsDto input) =>
        input.IssuedOn ?? throw new BusinessException(RobotPlanErrorCodes.ValidationFailed, "issuedOn");

    // Unknown USCC and unknown model give the same answer: a testing body learns nothing about who is registered.
    private async Task<Product> FindProductAsync(string uscc, string model, CancellationToken ct)
    {
        var enterprise = await enterprises.FindByUsccAsync(uscc.Trim().ToUpperInvariant(), ct);
        var product = enterprise is null ? null : await products.FindByModelAsync(enterprise.Id, model.Trim(), ct);
        return product ?? throw new BusinessException(RobotPlanErrorCodes.ProductNotFoundForReport, "model");
    }

    private async Task<TestReport> LoadVisibleAsync(Guid id, CancellationToken ct)
    {
        var report = await reports.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(TestReport), id);
        if (scope.TestingBodyRestriction is { } body)
            return body == report.TestingBodyId ? report : throw new EntityNotFoundException(typeof(TestReport), id);
        var enterprise = await enterprises.FindAsync(report.EnterpriseId, ct);
        if (enterprise is null || !scope.CanSee(enterprise)) throw new EntityNotFoundException(typeof(TestReport), id);
        return report;
    }

    /// <summary>Only the issuing body supersedes or withdraws; another body's report does not exist for it.</summary>
    private async Task<TestReport> LoadOwnAsync(Guid id, CancellationToken ct)
    {
        var report = await reports.FindAsync(id, ct);
        if (report is null || report.TestingBodyId != currentUser.TestingBodyId) throw new EntityNotFoundException(typeof(TestReport), id);
        return report;
    }

    private async Task<TestReportDto> ToDtoAsync(TestReport report, CancellationToken ct)
    {
        var product = (await products.GetByIdsAsync([report.ProductId], ct)).SingleOrDefault();
        var enterprise = await enterprises.FindAsync(report.EnterpriseId, ct);
        var body = await referenceData.FindTestingBodyAsync(report.TestingBodyId, ct);
        var file = await files.FindAsync(report.FileId, ct);
        return report.ToDto(new TestReportNames(product?.Name, product?.Model, enterprise?.LegalName, body?.LocalName()), file?.ToDto());
    }
}
