using RobotPlan.Errors;
using RobotPlan.ReferenceData;
using RobotPlan.SeedWork;

namespace RobotPlan.Enterprises;

/// <summary>Registration needs the repository: one enterprise per USCC, a known jurisdiction .</summary>
public class EnterpriseManager(IEnterpriseRepository enterprises, IReferenceDataRepository referenceData)
{
    public async Task<Enterprise> RegisterAsync(string uscc, string legalName, string address, Guid jurisdictionId,
        ContactInfo contact, CancellationToken ct = default)
    {
        var code = Uscc.Normalize(uscc) ?? throw new BusinessException(RobotPlanErrorCodes.UsccInvalid, "uscc");
        if (await enterprises.UsccExistsAsync(code, ct))
            throw new BusinessException(RobotPlanErrorCodes.DuplicateUscc, "uscc");
        if (await referenceData.FindJurisdictionAsync(jurisdictionId, ct) is null)
            throw new BusinessException(RobotPlanErrorCodes.UnknownJurisdiction, "jurisdictionId");
        var exempted = !Uscc.IsChongqing(code) && await enterprises.HasCrossRegionExemptionAsync(code, ct);
        var enterprise = new Enterprise(code, legalName, address, jurisdictionId, contact, exempted);
        await enterprises.AddAsync(enterprise, ct);
        return enterprise;
    }

    /// <summary>R-2: lets the enterprise with this USCC register although it is registered outside Chongqing.</summary>
    public async Task<CrossRegionExemption> GrantCrossRegionExemptionAsync(string uscc, string reason, CancellationToken ct = default)
    {
        var code = Uscc.Normalize(uscc) ?? throw new BusinessException(RobotPlanErrorCodes.UsccInvalid, "uscc");
        if (await enterprises.HasCrossRegionExemptionAsync(code, ct))
            throw new BusinessException(RobotPlanErrorCodes.CrossRegionExemptionExists, "uscc");
        var exemption = new CrossRegionExemption(code, reason);
        await enterprises.AddExemptionAsync(exemption, ct);
        return exemption;
    }

    public async Task MoveToJurisdictionAsync(Enterprise enterprise, Guid jurisdictionId, CancellationToken ct = default)
    {
        if (await referenceData.FindJurisdictionAsync(jurisdictionId, ct) is null)
            throw new BusinessException(RobotPlanErrorCodes.UnknownJurisdiction, "jurisdictionId");
        enterprise.MoveToJurisdiction(jurisdictionId);
    }
}
