using RobotPlan.Files;

namespace RobotPlan.SubsidyClaims;

public interface IClaimEvidenceAppService
{
    /// <summary>
    /// One evidence file of a claim — a reward claim's contract, invoice or acceptance certificate, or the premium payment
    /// proof of a compensation claim's policy — for those who may see the claim: its enterprise, reviewers of its district
    /// and the city, finance. Anyone else, or a file id the claim does not refer to: 404.
    /// </summary>
    Task<FileDownload> GetAsync(Guid claimId, Guid fileId, CancellationToken ct = default);
}
