namespace RobotPlan.Notifications.Email;

/// <summary>
/// Every minute: sends the due outbox messages. Each is claimed first (a conditional update), so two nodes running the job
/// at once never send the same one; a failure is recorded with its back-off and tried again later — never dropped.
/// Re-running with nothing due changes nothing. Does nothing while e-mail is off.
/// </summary>
public sealed class SendOutboxEmailsJob(IOutboxEmailRepository outbox, IEmailSender sender, IUnitOfWork unitOfWork,
    IOptions<EmailOptions> options, TimeProvider clock, ILogger<SendOutboxEmailsJob> logger)
{
    private const int BatchSize = 100;
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    /// <summary>How many messages were delivered in this run.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        if (!options.Value.Enabled) return 0;
        var sent = 0;
        foreach (var id in await outbox.GetDueIdsAsync(clock.GetUtcNow().UtcDateTime, BatchSize, ct))
        {
            var email = await outbox.TryClaimAsync(id, clock.GetUtcNow().UtcDateTime, ClaimFor, ct);
            if (email is null) continue;
            try
            {
                await sender.SendAsync(email, ct);
                email.MarkSent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                email.MarkFailed($"{e.GetType().Name}: {e.Message}", clock.GetUtcNow().UtcDateTime);
                logger.LogWarning("E-mail {Id} to {To} failed (attempt {Attempts}), next try at {Next:O}: {Error}", email.Id, email.To,
                    email.Attempts, email.NextAttemptAt, e.Message);
            }
            await unitOfWork.SaveChangesAsync(CancellationToken.None);
        }
        return sent;
    }
}
