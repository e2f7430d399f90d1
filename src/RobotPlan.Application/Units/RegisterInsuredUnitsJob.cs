namespace RobotPlan.Units;

/// <summary>
/// Fills the registry from insurance policies: every insured unit not registered yet becomes a unit with its buyer and
/// delivery date. Re-runnable: a registered unit is not offered again, so a repeated run changes nothing.
/// </summary>
public sealed class RegisterInsuredUnitsJob(IUnitTraceQueries queries, IProductUnitRepository units, IUnitOfWork unitOfWork,
    ILogger<RegisterInsuredUnitsJob> logger)
{
    private const int BatchSize = 500;

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var added = 0;
        while (!ct.IsCancellationRequested)
        {
            var pending = await queries.GetUnregisteredInsuredUnitsAsync(BatchSize, ct);
            if (pending.Count == 0) break;
            foreach (var (enterpriseId, insured) in pending)
                await units.AddAsync(new ProductUnit(enterpriseId, insured.ProductId, insured.SerialNumber, null, insured.BuyerName,
                    insured.BuyerUscc, insured.DeliveryDate, null, UnitSource.InsurancePolicy), ct);
            await unitOfWork.SaveChangesAsync(ct);
            added += pending.Count;
            logger.LogInformation("{Count} insured units registered from policies", pending.Count);
        }
        return added;
    }
}
