using RobotPlan.CatalogApplications;
using RobotPlan.Errors;
using RobotPlan.SeedWork;
using RobotPlan.Reviews;

namespace RobotPlan.Enterprises;

/// <summary>Filing needs the register (the USCC must be taken, one open dispute per USCC); a transfer touches two aggregates.</summary>
public class UsccDisputeManager(IEnterpriseRepository enterprises, IUsccDisputeRepository disputes)
{
    public async Task<UsccDispute> FileAsync(string uscc, Guid claimantUserId, string claimantLegalName, string legalRepresentative,
        Guid licenceFileId, string statement, CancellationToken ct = default)
    {
        var code = Uscc.Normalize(uscc) ?? throw new BusinessException(RobotPlanErrorCodes.UsccInvalid, "uscc");
        // A USCC nobody holds is registered, not disputed.
        var enterprise = await enterprises.FindByUsccAsync(code, ct) ?? throw new BusinessException(RobotPlanErrorCodes.UsccNotRegistered, "uscc");
        if (await disputes.HasOpenAsync(code, ct)) throw new BusinessException(RobotPlanErrorCodes.DisputeAlreadyOpen);
        var dispute = new UsccDispute(code, enterprise.Id, claimantUserId, claimantLegalName, legalRepresentative, licenceFileId, statement);
        await disputes.AddAsync(dispute, ct);
        return dispute;
    }

    /// <summary>The enterprise record goes with the USCC; its district verifies the claimant's licence again.</summary>
    public async Task<Enterprise> TransferAsync(UsccDispute dispute, ReviewActor actor, DateTime now, string? comment, CancellationToken ct = default)
    {
        var enterprise = await enterprises.FindAsync(dispute.EnterpriseId, ct) ?? throw new EntityNotFoundException(typeof(Enterprise), dispute.EnterpriseId);
        dispute.Transfer(actor, now, comment);
        enterprise.ResubmitAfterTransfer(dispute.LicenceFileId, dispute.LegalRepresentative, actor, now,
            string.IsNullOrWhiteSpace(comment) ? $"USCC transferred by dispute {dispute.Id}" : comment);
        return enterprise;
    }
}
