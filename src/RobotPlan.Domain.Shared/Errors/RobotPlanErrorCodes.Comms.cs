namespace RobotPlan.Errors;

public static partial class RobotPlanErrorCodes
{
    public const string SavedSearchLimitReached = "RobotPlan:SavedSearch.LimitReached";
    [OfKind(ErrorKind.Invalid)] public const string AnnouncementExpiryBeforePublish = "RobotPlan:Announcement.ExpiryBeforePublish";
    [OfKind(ErrorKind.Invalid)] public const string AnnouncementLinkInvalid = "RobotPlan:Announcement.LinkInvalid";
    public const string AnnouncementTooManyAttachments = "RobotPlan:Announcement.TooManyAttachments";
    [OfKind(ErrorKind.Invalid)] public const string DashboardChartUnknown = "RobotPlan:Dashboard.ChartUnknown";
}
