namespace RobotPlan.Announcements;

/// <summary>通知公告 kinds.</summary>
public enum AnnouncementKind
{
    /// <summary>申报通知: a call for applications, linked to its batch or programme.</summary>
    CallForApplications,
    /// <summary>政策文件.</summary>
    PolicyDocument,
    /// <summary>结果公告 (results).</summary>
    Result,
}

public static class AnnouncementConsts
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 20_000;
    public const int MaxAttachments = 10;
    /// <summary>The home page and the feed show this many.</summary>
    public const int LatestCount = 5;
    public const int FeedCount = 50;
}
