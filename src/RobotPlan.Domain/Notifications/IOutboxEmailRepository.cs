namespace RobotPlan.Notifications;

public interface IOutboxEmailRepository
{
    Task AddAsync(OutboxEmail email, CancellationToken ct = default);
    /// <summary>Unsent messages whose next attempt is due, oldest first.</summary>
    Task<List<Guid>> GetDueIdsAsync(DateTime now, int max, CancellationToken ct = default);
    /// <summary>
    /// Takes one message for this sender with a conditional update (unsent, due, not claimed by a live sender), so two
    /// senders running at once never both send it; null when another sender has it or it went out meanwhile.
    /// </summary>
    Task<OutboxEmail?> TryClaimAsync(Guid id, DateTime now, TimeSpan claimFor, CancellationToken ct = default);
}
