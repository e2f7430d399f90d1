using RobotPlan.Authorization;
using RobotPlan.Enterprises;
using RobotPlan.Files;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.SeedWork;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.SubsidyClaims;

public sealed class ClaimEvidenceAppService(
    ISubsidyClaimRepository claims,
    IInsurancePolicyRepository policies,
    IEnterpriseRepository enterprises,
    FileStore fileStore,
    ICurrentUser currentUser,
    DataScope scope) : IClaimEvidenceAppService
{
    public async Task<FileDownload> GetAsync(Guid claimId, Guid fileId, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Default);
        var claim = await claims.FindAsync(claimId, ct) ?? throw new EntityNotFoundException(typeof(SubsidyClaim), claimId);
        var enterprise = await enterprises.FindAsync(claim.EnterpriseId, ct);
        if (enterprise is null || !scope.CanSee(enterprise)) throw new EntityNotFoundException(typeof(SubsidyClaim), claimId);
        if (!await RefersToAsync(claim, fileId, ct)) throw new EntityNotFoundException(typeof(StoredFile), fileId);
        var (file, content) = await fileStore.OpenAsync(fileId, ct);
        return new FileDownload(content, file.FileName, file.ContentType);
    }

    private async Task<bool> RefersToAsync(SubsidyClaim claim, Guid fileId, CancellationToken ct)
    {
        if (claim.Documents.Any(d => d.FileId == fileId)) return true;
        return claim.PolicyId is { } policyId && (await policies.FindAsync(policyId, ct))?.PremiumProofFileId == fileId;
    }
}
