namespace RobotPlan.Notifications;

/// <summary>The text is already localized for the reader.</summary>
public sealed record NotificationDto(Guid Id, string Kind, string Text, string? Link, DateTime CreatedAt, DateTime? ReadAt);

public sealed record UnreadCountDto(int UnreadCount);

public sealed record NotificationListDto(int TotalCount, int UnreadCount, IReadOnlyList<NotificationDto> Items);

public sealed class GetNotificationsInput
{
    [Range(0, int.MaxValue)]
    public int SkipCount { get; set; }

    [Range(1, 100)]
    public int MaxResultCount { get; set; } = 20;
}
