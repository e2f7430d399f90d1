namespace RobotPlan.Errors;

public static partial class RobotPlanErrorCodes
{
    public const string SavedSearchLimitReached = "RobotPlan:SavedSearch.LimitReached";
    public const string AnnouncementExpiryBeforePublish = "RobotPlan:Announcement.ExpiryBeforePublish";
    public const string AnnouncementLinkInvalid = "RobotPlan:Announcement.LinkInvalid";
    public const string AnnouncementTooManyAttachments = "RobotPlan:Announcement.TooManyAttachments";
    public const string DashboardChartUnknown = "RobotPlan:Dashboard.ChartUnknown";
}
