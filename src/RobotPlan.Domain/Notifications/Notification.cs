namespace RobotPlan.Notifications;

/// <summary>
/// An in-app message to one user or to every user of an enterprise. The text is a localization key with arguments,
/// so each reader sees it in their own language.
/// </summary>
public sealed class Notification : Entity
{
    public Guid? UserId { get; private set; }
    public Guid? EnterpriseId { get; private set; }
    public string Kind { get; private set; } = null!;
    public string TextKey { get; private set; } = null!;
    public List<string> Arguments { get; private set; } = [];
    public string? Link { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReadAt { get; private set; }
    /// <summary>Set by senders that may run again (jobs): one notification per user and key, however often they run.</summary>
    public string? DedupKey { get; private set; }

    private Notification() { }

    private Notification(Guid? userId, Guid? enterpriseId, string kind, string textKey, IEnumerable<string> arguments, string? link,
        DateTime createdAt)
    {
        UserId = userId;
        EnterpriseId = enterpriseId;
        Kind = kind;
        TextKey = textKey;
        Arguments = [.. arguments];
        Link = link;
        CreatedAt = createdAt;
    }

    public static Notification ToEnterprise(Guid enterpriseId, string kind, string textKey, IEnumerable<string> arguments, string? link,
        DateTime now) => new(null, enterpriseId, kind, textKey, arguments, link, now);

    public static Notification ToUser(Guid userId, string kind, string textKey, IEnumerable<string> arguments, string? link, DateTime now) =>
        new(userId, null, kind, textKey, arguments, link, now);

    public bool IsFor(ICurrentUser user) =>
        (UserId is { } u && u == user.Id) || (EnterpriseId is { } e && e == user.EnterpriseId);

    /// <summary>Marks a notification a re-runnable sender must raise only once per recipient.</summary>
    public Notification WithDedupKey(string? key)
    {
        DedupKey = key;
        return this;
    }

    /// <summary>Reading twice keeps the first time.</summary>
    public void MarkRead(DateTime now) => ReadAt ??= now;
}
