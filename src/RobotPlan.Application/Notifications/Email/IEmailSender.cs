namespace RobotPlan.Notifications.Email;

/// <summary>Hands one message to the mail server; throws when it was not accepted.</summary>
public interface IEmailSender
{
    Task SendAsync(OutboxEmail email, CancellationToken ct);
}
