using RobotPlan.Errors;

namespace RobotPlan.EntityFrameworkCore.SubsidyPrograms;

/// <summary>
/// Each movement is one conditional UPDATE whose WHERE re-checks the budget: PostgreSQL re-evaluates it after
/// waiting for a concurrent writer's row lock (READ COMMITTED), SQLite has one writer at a time. The caller
/// continues only if exactly one row changed. A CHECK constraint backs it up.
/// </summary>
internal sealed class BudgetLedger(RobotPlanDbContext db) : IBudgetLedger
{
    public async Task<bool> TryReserveAsync(Guid programId, decimal amount, CancellationToken ct)
    {
        EnsurePositive(amount);
        var rows = await db.SubsidyPrograms
            .Where(p => p.Id == programId && p.Budget - p.Reserved - p.Paid >= amount)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Reserved, p => p.Reserved + amount), ct);
        return rows == 1;
    }

    public async Task ReleaseAsync(Guid programId, decimal amount, CancellationToken ct)
    {
        EnsurePositive(amount);
        var rows = await db.SubsidyPrograms
            .Where(p => p.Id == programId && p.Reserved >= amount)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Reserved, p => p.Reserved - amount), ct);
        if (rows != 1) throw new InvalidOperationException($"Programme {programId} has less than {amount} reserved; the ledger is inconsistent.");
    }

    public async Task ConsumeAsync(Guid programId, decimal amount, CancellationToken ct)
    {
        EnsurePositive(amount);
        var rows = await db.SubsidyPrograms
            .Where(p => p.Id == programId && p.Reserved >= amount)
            .ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Reserved, p => p.Reserved - amount)
                .SetProperty(p => p.Paid, p => p.Paid + amount), ct);
        if (rows != 1) throw new InvalidOperationException($"Programme {programId} has less than {amount} reserved; the ledger is inconsistent.");
    }

    private static void EnsurePositive(decimal amount)
    {
        if (amount <= 0) throw new BusinessException(RobotPlanErrorCodes.ProgramParameterOutOfRange, "amount");
    }
}
