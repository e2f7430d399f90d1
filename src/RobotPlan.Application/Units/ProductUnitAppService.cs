using RobotPlan.Credit;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Units;

/// <summary>
/// Who sees a unit: programme-wide roles all; an enterprise the units it made or bought (by its USCC); a testing body the
/// units of products it tested. Anything else is a 404 (DataScope's rule).
/// </summary>
public sealed class ProductUnitAppService(IProductUnitRepository units, UnitTracer tracer, IUnitTraceQueries trace, IProductRepository products,
    IEnterpriseRepository enterprises, ITestReportRepository reports, FileStore files, DataScope scope, IUnitOfWork unitOfWork,
    ICurrentUser currentUser, TimeProvider clock) : IProductUnitAppService
{
    public async Task<PagedResultDto<ProductUnitDto>> GetListAsync(GetUnitsInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Units.Default);
        var (enterpriseId, uscc, bodyId) = await RestrictionAsync(ct);
        var (total, items) = await units.GetPageAsync(new ProductUnitFilter(input.SerialNumber, input.ProductId, enterpriseId, uscc, bodyId,
            input.SkipCount, input.MaxResultCount), ct);
        return new(total, items.Select(u => u.ToDto()).ToList());
    }

    public async Task<ProductUnitDto> GetAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Units.Default);
        return (await LoadVisibleAsync(id, ct)).ToDto();
    }

    public async Task<ProductUnitDto> RegisterAsync(RegisterUnitDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Units.Register);
        var product = await products.FindAsync(input.ProductId!.Value, ct);
        if (product is null || product.EnterpriseId != currentUser.EnterpriseId) throw new EntityNotFoundException(typeof(Product), input.ProductId);
        var buyerUscc = string.IsNullOrWhiteSpace(input.BuyerUscc) ? null
            : Uscc.Normalize(input.BuyerUscc) ?? throw new BusinessException(RobotPlan.Errors.RobotPlanErrorCodes.UsccInvalid, "buyerUscc");
        if (await units.FindBySerialAsync(product.Id, input.SerialNumber.Trim(), ct) is not null)
            throw new BusinessException(CreditErrorCodes.SerialNumberTaken, "serialNumber", input.SerialNumber.Trim());
        var unit = new ProductUnit(product.EnterpriseId, product.Id, input.SerialNumber, input.ManufactureDate, input.BuyerName, buyerUscc,
            input.DeliveryDate, input.InstallationSite, UnitSource.Enterprise);
        await units.AddAsync(unit, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return unit.ToDto();
    }

    public async Task<QualityIncidentDto> ReportIncidentAsync(Guid unitId, ReportIncidentDto input, FileUpload? evidence, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Units.ReportIncident);
        var unit = await LoadVisibleAsync(unitId, ct);
        var reporter = currentUser.TestingBodyId is not null ? IncidentReporterKind.TestingBody
            : unit.EnterpriseId == currentUser.EnterpriseId ? IncidentReporterKind.Enterprise : IncidentReporterKind.Buyer;
        var file = evidence is null ? null : await files.SaveAsync(evidence, unit.EnterpriseId, pdfOnly: false, ct);
        var incident = unit.ReportIncident(reporter, currentUser.Id, currentUser.UserName ?? "?", input.OccurredOn!.Value, input.Severity!.Value,
            input.Description, file?.Id, clock.Today(), clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
        return incident.ToDto();
    }

    public async Task<QualityIncidentDto> SuspendListingsAsync(Guid unitId, Guid incidentId, SuspendForIncidentDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.ManageListings);
        var unit = await LoadVisibleAsync(unitId, ct);
        var incident = unit.Incidents.SingleOrDefault(i => i.Id == incidentId) ?? throw new EntityNotFoundException(typeof(QualityIncident), incidentId);
        var now = clock.GetUtcNow().UtcDateTime;
        incident.MarkListingsSuspended(currentUser.Id, now);
        var listings = await trace.GetActiveListingsOfProductAsync(unit.ProductId, ct);
        if (listings.Count == 0) throw new BusinessException(CreditErrorCodes.NoActiveListing);
        var document = StatusDocument.Manual($"{input.Reason}（{unit.SerialNumber}）", input.DocumentNumber, input.DocumentDate);
        foreach (var listing in listings) listing.Suspend(document, currentUser.Id, now);
        await unitOfWork.SaveChangesAsync(ct);
        return incident.ToDto();
    }

    public async Task<FileDownload> GetEvidenceAsync(Guid unitId, Guid incidentId, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Units.Default);
        var unit = await LoadVisibleAsync(unitId, ct);
        var fileId = unit.Incidents.SingleOrDefault(i => i.Id == incidentId)?.EvidenceFileId
                     ?? throw new EntityNotFoundException(typeof(QualityIncident), incidentId);
        var (file, content) = await files.OpenAsync(fileId, ct);
        return new FileDownload(content, file.FileName, file.ContentType);
    }

    public async Task<UnitTraceDto> TraceAsync(Guid unitId, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Units.Default);
        return await tracer.TraceAsync(await LoadVisibleAsync(unitId, ct), ct);
    }

    private async Task<ProductUnit> LoadVisibleAsync(Guid id, CancellationToken ct)
    {
        var unit = await units.FindAsync(id, ct);
        var (enterpriseId, uscc, bodyId) = await RestrictionAsync(ct);
        var visible = unit is not null
                      && (enterpriseId is null || unit.EnterpriseId == enterpriseId || (uscc is not null && unit.BuyerUscc == uscc))
                      && (bodyId is null || (await reports.GetByProductAsync(unit.ProductId, ct)).Any(r => r.TestingBodyId == bodyId));
        return visible ? unit! : throw new EntityNotFoundException(typeof(ProductUnit), id);
    }

    /// <summary>(enterprise, its USCC) for an enterprise user, the body for a testing-body user; all null for programme-wide roles.</summary>
    private async Task<(Guid? EnterpriseId, string? Uscc, Guid? TestingBodyId)> RestrictionAsync(CancellationToken ct)
    {
        if (scope.SeesAllEnterprises || currentUser.IsInRole(RobotPlanRoles.MunicipalReviewer)) return (null, null, null);
        if (scope.TestingBodyRestriction is { } body) return (null, null, body);
        // Anyone else with the permission is bound to an enterprise (or to nothing, and then sees nothing).
        var enterpriseId = currentUser.EnterpriseId ?? Guid.Empty;
        return (enterpriseId, (await enterprises.FindAsync(enterpriseId, ct))?.Uscc, null);
    }
}

[Riok.Mapperly.Abstractions.Mapper(RequiredMappingStrategy = Riok.Mapperly.Abstractions.RequiredMappingStrategy.Target)]
internal static partial class ProductUnitMapper
{
    public static partial ProductUnitDto ToDto(this ProductUnit unit);

    public static partial QualityIncidentDto ToDto(this QualityIncident incident);
}
