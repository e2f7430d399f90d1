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
            // Digits only, as the profile form requires (issue #16: the USCC's letters made the demo profile unsavable).
            if (payee is { BankAccount: null }) payee.SetBankAccount(new BankAccount(payee.LegalName, "重庆银行", DemoAccountNumber(payee.Uscc)));
        }
        await unitOfWork.SaveChangesAsync(ct);
    }

    /// <summary>A 16-digit account number of the bank's "6222" range, derived from the USCC so each enterprise keeps its own.</summary>
    private static string DemoAccountNumber(string uscc) => "6222" + string.Concat(uscc[^12..].Select(c => (char)('0' + c % 10)));
}
