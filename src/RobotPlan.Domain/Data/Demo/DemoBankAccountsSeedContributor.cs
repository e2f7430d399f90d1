using RobotPlan.Enterprises;
using RobotPlan.SeedWork;

namespace RobotPlan.Payouts;

/// <summary>
/// Development demo only: bank accounts for the demo enterprises, so the demo claims' awards can be gathered,
/// approved and paid through the sandbox treasury instead of being held for "no bank account".
/// </summary>
public sealed class DemoBankAccountsSeedContributor(IEnterpriseRepository enterprises, IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public int Order => 190;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (!context.IncludeDemoData || !context.IncludeDemoActivity) return;
        var listed = (await enterprises.GetPageAsync(new EnterpriseFilter(null, null, null, 0, 100), ct)).Items;
        foreach (var id in listed.Select(e => e.Id))
        {
            var payee = await enterprises.FindAsync(id, ct);
            if (payee is { BankAccount: null }) payee.SetBankAccount(new BankAccount(payee.LegalName, "重庆银行", "6222" + payee.Uscc[^12..]));
        }
        await unitOfWork.SaveChangesAsync(ct);
    }
}
