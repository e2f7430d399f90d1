using RobotPlan.CatalogApplications;
using RobotPlan.CatalogListings;
using RobotPlan.Enterprises;
using RobotPlan.Errors;
using RobotPlan.Files;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyAwards;
using RobotPlan.SubsidyClaims;

namespace RobotPlan.Documents;

/// <summary>
/// The letters are built from what the file's own app services return, so who may read a letter is exactly who may read
/// the file (the enterprise, its district and the municipal reviewers, finance for awards); anyone else gets 404.
/// </summary>
public sealed class DecisionLetterAppService(ICatalogApplicationAppService catalogFiles, ISubsidyClaimAppService claims, IAwardAppService awards,
    ICatalogListingRepository listings, IEnterpriseRepository enterprises, DocumentText text, DocumentIssuer issuer) : IDecisionLetterAppService
{
    public async Task<FileDownload> GetCatalogDecisionAsync(Guid applicationId, CancellationToken ct)
    {
        var file = await catalogFiles.GetAsync(applicationId, ct);
        if (file.Status is not (CatalogApplicationStatus.Listed or CatalogApplicationStatus.Rejected))
            throw new BusinessException(DocumentErrorCodes.NotDecided);
        var listing = file.ListingId is { } id ? await listings.FindAsync(id, ct) : null;
        var enterprise = await enterprises.FindAsync(file.EnterpriseId, ct);
        return await issuer.IssueAsync(file.Id.ToString(), DecisionLetterContent.Catalog(text, file, enterprise?.Uscc, listing), file.EnterpriseId,
            $"decision-{file.Id:N}.pdf", ct);
    }

    public async Task<FileDownload> GetAwardDecisionAsync(Guid claimId, CancellationToken ct)
    {
        var award = await awards.GetExplanationAsync(claimId, ct);
        var claim = await claims.GetAsync(claimId, ct);
        var enterprise = await enterprises.FindAsync(claim.EnterpriseId, ct);
        return await issuer.IssueAsync(award.AwardId.ToString(), DecisionLetterContent.Award(text, award, enterprise?.Uscc), claim.EnterpriseId,
            $"award-{award.AwardId:N}.pdf", ct);
    }
}
