using RobotPlan.Files;
using RobotPlan.SubsidyClaims;

namespace RobotPlan.SubsidyAwards;

/// <summary>What was granted: one award's explanation and a programme's awards as a workbook.</summary>
public interface IAwardAppService
{
    /// <summary>The award of a claim the caller can see: inputs, parameter version and values, lines, and the amount recomputed.</summary>
    Task<AwardExplanationDto> GetExplanationAsync(Guid claimId, CancellationToken ct = default);
    /// <summary>A programme's approved (and later) awards as an Excel workbook.</summary>
    Task<FileDownload> ExportAsync(Guid programId, CancellationToken ct = default);
}
