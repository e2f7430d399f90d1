using MiniExcelLibs;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.SubsidyAwards;

/// <summary>The explain view and the programme's award list: what was granted, from which inputs and parameter version.</summary>
public sealed class AwardAppService(
    IAwardRepository awards,
    ISubsidyProgramRepository programs,
    IEnterpriseRepository enterprises,
    SubsidyClaimAccess claimAccess,
    ICurrentUser currentUser) : IAwardAppService
{
    public async Task<AwardExplanationDto> GetExplanationAsync(Guid claimId, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Claims.Default);
        var claim = await claimAccess.LoadVisibleAsync(claimId, ct);
        var award = await awards.FindByClaimAsync(claim.Id, ct) ?? throw new EntityNotFoundException(typeof(Award), claimId);
        var program = await programs.FindAsync(award.ProgramId, ct);
        var names = await enterprises.GetLegalNamesAsync([award.PayeeEnterpriseId], ct);
        return new AwardExplanationDto(award.Id, award.ClaimId, award.ProgramId, program?.LocalTitle(), award.Kind, names.GetValueOrDefault(award.PayeeEnterpriseId),
            award.Amount, award.Status, award.ApprovedAtUtc, award.Explanation?.ToDto(), award.Explanation?.Recompute().Amount);
    }

    public async Task<FileDownload> ExportAsync(Guid programId, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Subsidies.Default);
        var program = await programs.FindAsync(programId, ct) ?? throw new EntityNotFoundException(typeof(SubsidyProgram), programId);
        var list = await awards.GetOfProgramAsync(programId, ct);
        var names = await enterprises.GetLegalNamesAsync(list.Select(a => a.PayeeEnterpriseId).Distinct().ToList(), ct);
        var rows = list.Select(a => new Dictionary<string, object?>
        {
            ["补助编号"] = a.Id.ToString(),
            ["申请编号"] = a.ClaimId.ToString(),
            ["收款单位"] = names.GetValueOrDefault(a.PayeeEnterpriseId),
            ["核定金额（元）"] = a.Amount,
            ["参数版本"] = a.ParameterVersion,
            ["状态"] = a.Status.ToString(),
            ["核定时间（UTC）"] = a.ApprovedAtUtc.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["计算过程"] = a.Explanation is null ? null : string.Join("；", a.Explanation.Lines.Select(l => $"{l.Key}: {l.Formula} = {l.Value:0.00}")),
        }).ToList();
        var output = new MemoryStream();
        await output.SaveAsAsync(rows, printHeader: true, sheetName: "补助", excelType: ExcelType.XLSX, cancellationToken: ct);
        output.Position = 0;
        return new FileDownload(output, $"awards-{program.Year}-{program.Kind}.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}
