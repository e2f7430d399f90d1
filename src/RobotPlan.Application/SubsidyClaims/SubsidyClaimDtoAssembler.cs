namespace RobotPlan.SubsidyClaims;

/// <summary>
/// Claims to DTOs with the names they show (programme title, claimant, product), read in one query per kind for a page, and
/// the acts the caller may take on each now (<see cref="SubsidyClaimActs"/>).
/// </summary>
public sealed class SubsidyClaimDtoAssembler(IProductRepository products, IEnterpriseRepository enterprises, ISubsidyProgramRepository programs,
    ICurrentUser currentUser)
{
    public async Task<SubsidyClaimDto> ToDtoAsync(SubsidyClaim claim, CancellationToken ct) => (await ToDtosAsync([claim], withHistory: true, ct))[0];

    public async Task<List<SubsidyClaimDto>> ToDtosAsync(IReadOnlyList<SubsidyClaim> items, bool withHistory, CancellationToken ct)
    {
        if (items.Count == 0) return [];
        var productsById = (await products.GetByIdsAsync(items.Select(c => c.ProductId).Distinct().ToList(), ct)).ToDictionary(p => p.Id);
        var names = await enterprises.GetLegalNamesAsync(items.Select(c => c.EnterpriseId).Distinct().ToList(), ct);
        var titles = (await programs.GetByIdsAsync(items.Select(c => c.ProgramId).Distinct().ToList(), ct)).ToDictionary(p => p.Id, p => p.LocalTitle());
        return items.Select(c => c.ToDto(titles.GetValueOrDefault(c.ProgramId), names.GetValueOrDefault(c.EnterpriseId),
            productsById.GetValueOrDefault(c.ProductId), withHistory) with
        {
            AllowedActions = SubsidyClaimActs.Table.AllowedFor(c.Status, c.EnterpriseId, currentUser),
        }).ToList();
    }
}
