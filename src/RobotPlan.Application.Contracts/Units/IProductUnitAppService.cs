namespace RobotPlan.Units;

/// <summary>产品质量追溯: the unit registry, quality incidents, the one-step suspension and the trace.</summary>
public interface IProductUnitAppService
{
    Task<PagedResultDto<ProductUnitDto>> GetListAsync(GetUnitsInput input, CancellationToken ct = default);
    Task<ProductUnitDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<ProductUnitDto> RegisterAsync(RegisterUnitDto input, CancellationToken ct = default);
    Task<QualityIncidentDto> ReportIncidentAsync(Guid unitId, ReportIncidentDto input, FileUpload? evidence, CancellationToken ct = default);
    /// <summary>A Major incident: the product's Active listings are suspended in one step, citing the incident.</summary>
    Task<QualityIncidentDto> SuspendListingsAsync(Guid unitId, Guid incidentId, SuspendForIncidentDto input, CancellationToken ct = default);
    Task<FileDownload> GetEvidenceAsync(Guid unitId, Guid incidentId, CancellationToken ct = default);
    Task<UnitTraceDto> TraceAsync(Guid unitId, CancellationToken ct = default);
}
