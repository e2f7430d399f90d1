namespace RobotPlan.Units;

/// <summary>
/// Serial number → product, its listings, the test reports (and which a listing relied on), the policies covering the unit,
/// the claims every <see cref="IUnitClaimSource"/> knows of and those claims' awards, and the incidents. Claims are their own
/// feature: it registers a source and the trace picks it up, with nothing else to change here.
/// </summary>
public sealed class UnitTracer(IUnitTraceQueries queries, IProductRepository products, IEnterpriseRepository enterprises,
    ITestReportRepository reports, IEnumerable<IUnitClaimSource> claimSources)
{
    public async Task<UnitTraceDto> TraceAsync(ProductUnit unit, CancellationToken ct)
    {
        var product = (await products.GetByIdsAsync([unit.ProductId], ct)).SingleOrDefault()
                      ?? throw new EntityNotFoundException(typeof(Product), unit.ProductId);
        var enterpriseName = (await enterprises.FindAsync(product.EnterpriseId, ct))?.LegalName ?? "";
        var listings = await queries.GetListingsOfProductAsync(unit.ProductId, ct);
        var reliedOn = listings.SelectMany(l => l.ReliedOnReportIds).ToHashSet();
        var productReports = await reports.GetByProductAsync(unit.ProductId, ct);
        var policies = await queries.GetPoliciesCoveringAsync(unit.ProductId, unit.SerialNumber, ct);
        var claims = new List<UnitClaimReference>();
        foreach (var source in claimSources)
            claims.AddRange(await source.FindClaimsAsync(unit.ProductId, unit.SerialNumber, policies.Select(p => p.Id).ToList(), ct));
        var awards = await queries.GetAwardsOfClaimsAsync(claims.Select(c => c.ClaimId).Distinct().ToList(), ct);

        return new UnitTraceDto(unit.ToDto(),
            new TraceProductDto(product.Id, product.Name, product.Model, product.CategoryCode, product.EnterpriseId, enterpriseName),
            listings.Select(l => new TraceListingDto(l.Id, l.Number, l.Catalog, l.Status, l.ValidFrom, l.ValidTo)).ToList(),
            productReports.OrderBy(r => r.IssuedOn).Select(r => new TraceTestReportDto(r.Id, r.Number, r.TestingBodyId, r.IssuedOn, r.ExpiresOn,
                r.Status, reliedOn.Contains(r.Id))).ToList(),
            policies.Select(p =>
            {
                var insured = p.Units.First(u => u.ProductId == unit.ProductId && u.SerialNumber == unit.SerialNumber);
                return new TracePolicyDto(p.Id, p.Insurer, p.PolicyNumber, p.PolicyYear, p.PeriodStart, p.PeriodEnd, insured.ContractNumber,
                    insured.UnitValue);
            }).ToList(),
            claims.DistinctBy(c => c.ClaimId).Select(c => new TraceClaimDto(c.ClaimId, c.Kind, c.Status, c.SubmittedAt)).ToList(),
            awards.Select(a => new TraceAwardDto(a.Id, a.ClaimId, a.Kind, a.Amount, a.Status)).ToList());
    }
}
