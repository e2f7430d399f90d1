using RobotPlan.Enterprises;
using RobotPlan.SeedWork;
using RobotPlan.Subsidies;
using RobotPlan.SubsidyAwards;
using RobotPlan.SubsidyPrograms;

namespace RobotPlan.Payouts;

/// <summary>
/// Development demo only: when no award exists yet (the claims feature makes them in real use), a few approved
/// awards with their budget reserved, and bank accounts for the demo enterprises, so "gather, submit, approve,
/// watch it pay" works on a fresh database. Skipped once any award exists.
/// </summary>
public sealed class DemoAwardsSeedContributor(IAwardRepository awards, IPayoutBatchRepository batches, ISubsidyProgramRepository programs, SubsidyProgramManager programManager,
    IBudgetLedger ledger, IEnterpriseRepository enterprises, IUnitOfWork unitOfWork, TimeProvider clock) : IDataSeedContributor
{
    public int Order => 190;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (!context.IncludeDemoData || !context.IncludeDemoActivity || await batches.AnyAwardAsync(ct)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var program = await programs.FindLatestAsync(SubsidyKind.FirstPurchaseReward, ct)
            ?? await programManager.CreateAsync(now.Year, SubsidyKind.FirstPurchaseReward, $"{now.Year}年度首购首用奖励（演示）",
                now.AddDays(-30), now.AddDays(300), 10_000_000m, SubsidyParameters.Default, ct);
        await unitOfWork.SaveChangesAsync(ct);
        var listed = (await enterprises.GetPageAsync(new EnterpriseFilter(null, null, null, 0, 4), ct)).Items;
        var amount = 12_345.60m;
        // Reservations are immediate UPDATEs: one transaction keeps them and the awards together.
        await unitOfWork.InTransactionAsync(async () =>
        {
            foreach (var id in listed.Select(e => e.Id))
            {
                var payee = await enterprises.FindAsync(id, ct);
                if (payee is null) continue;
                if (payee.BankAccount is null) payee.SetBankAccount(new BankAccount(payee.LegalName, "重庆银行", "6222" + payee.Uscc[^12..]));
                for (var i = 0; i < 2; i++)
                {
                    if (!await ledger.TryReserveAsync(program.Id, amount, ct)) break;
                    await awards.AddAsync(new Award(Guid.NewGuid(), program.Id, SubsidyKind.FirstPurchaseReward, payee.Id, amount, 1, now), ct);
                    amount += 1_000m;
                }
            }
            await unitOfWork.SaveChangesAsync(ct);
            return true;
        }, ct);
    }
}
