namespace RobotPlan.Enterprises;

/// <summary>Registration needs the repository: one enterprise per USCC, the jurisdiction its USCC names .</summary>
public class EnterpriseManager(IEnterpriseRepository enterprises, IReferenceDataRepository referenceData)
{
    /// <summary>
    /// R-1/R-3 (issue #14): the 初审 jurisdiction follows the USCC's division code — derived when none is chosen; a choice
    /// the code contradicts is refused on jurisdictionId unless an administrator granted the USCC an exemption.
    /// </summary>
    public async Task<Enterprise> RegisterAsync(string uscc, string legalName, string address, Guid? jurisdictionId,
        ContactInfo contact, CancellationToken ct = default)
    {
        var code = Uscc.Normalize(uscc) ?? throw new BusinessException(RobotPlanErrorCodes.UsccInvalid, "uscc");
        if (await enterprises.UsccExistsAsync(code, ct))
            throw new BusinessException(RobotPlanErrorCodes.DuplicateUscc, "uscc");
        var exempted = await enterprises.HasCrossRegionExemptionAsync(code, ct);
        if (!exempted && !Uscc.IsChongqing(code)) throw new BusinessException(RobotPlanErrorCodes.NotRegisteredInChongqing, "uscc");
        var jurisdiction = await ResolveJurisdictionAsync(code, jurisdictionId, exempted, ct);
        var enterprise = new Enterprise(code, legalName, address, jurisdiction.Id, contact, exempted && !Uscc.IsChongqing(code));
        await enterprises.AddAsync(enterprise, ct);
        return enterprise;
    }

    private async Task<ReviewJurisdiction> ResolveJurisdictionAsync(string uscc, Guid? chosenId, bool exempted, CancellationToken ct)
    {
        var all = await referenceData.GetJurisdictionsAsync(ct);
        var allowed = UsccJurisdiction.AllowedJurisdictionCodes(uscc,
            all.Where(j => j.Kind == JurisdictionKind.District).Select(j => j.Code).ToHashSet(StringComparer.Ordinal));
        if (chosenId is null)
            return allowed.Count > 0 ? all.Single(j => j.Code == allowed[0])
                : throw new BusinessException(RobotPlanErrorCodes.UnknownJurisdiction, "jurisdictionId");
        var chosen = all.SingleOrDefault(j => j.Id == chosenId)
            ?? throw new BusinessException(RobotPlanErrorCodes.UnknownJurisdiction, "jurisdictionId");
        if (!exempted && allowed.Count > 0 && !allowed.Contains(chosen.Code))
            throw new BusinessException(RobotPlanErrorCodes.JurisdictionContradictsUscc, "jurisdictionId",
                string.Join("、", allowed.Select(c => all.Single(j => j.Code == c).LocalName())));
        return chosen;
    }

    /// <summary>
    /// lets the enterprise with this USCC register although it is registered outside Chongqing, or in a jurisdiction
    /// its division code does not name (issue #14: an administrator's decision, e.g. after a move the code predates).
    /// </summary>
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
