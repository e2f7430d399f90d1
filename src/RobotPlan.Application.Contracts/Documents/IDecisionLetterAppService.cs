using RobotPlan.Files;

namespace RobotPlan.Documents;

/// <summary>Decision letters for the enterprise and the reviewers who may see its file (another party's file is 404).</summary>
public interface IDecisionLetterAppService
{
    /// <summary>The catalog decision: listed (with the listing) or rejected with the reason.</summary>
    Task<FileDownload> GetCatalogDecisionAsync(Guid applicationId, CancellationToken ct = default);
    /// <summary>The subsidy award of a claim: amount, parameter version and the explain view's computation lines .</summary>
    Task<FileDownload> GetAwardDecisionAsync(Guid claimId, CancellationToken ct = default);
}
