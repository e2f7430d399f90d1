namespace RobotPlan.Notifications;

/// <summary>
/// One spelling per mailbox wherever addresses are counted or compared (issue #14: "VICTIM@EXAMPLE.CN" was another
/// subscriber than "victim@example.cn", so the per-address cap of saved searches did not hold). Trimmed and lower-cased
/// in full: RFC 5321 lets a host treat the local part case-sensitively, but no mail provider in China does.
/// </summary>
public static class EmailAddresses
{
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
