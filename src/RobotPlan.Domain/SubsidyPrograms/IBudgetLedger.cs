namespace RobotPlan.SubsidyPrograms;

/// <summary>
/// R-37's money movements on a programme's budget, each one conditional update in the database so that the sum
/// reserved never exceeds the budget even when many confirmations race (reliability.md "Budget never overspent").
/// Runs inside the caller's transaction when there is one.
/// </summary>
public interface IBudgetLedger
{
    /// <summary>Reserves <paramref name="amount"/> if the remaining budget allows it; false (and nothing changed) if not.</summary>
    Task<bool> TryReserveAsync(Guid programId, decimal amount, CancellationToken ct = default);

    /// <summary>Gives a reservation back (rejection or withdrawal after confirmation).</summary>
    Task ReleaseAsync(Guid programId, decimal amount, CancellationToken ct = default);

    /// <summary>Turns a reservation into a payment.</summary>
    Task ConsumeAsync(Guid programId, decimal amount, CancellationToken ct = default);
}
