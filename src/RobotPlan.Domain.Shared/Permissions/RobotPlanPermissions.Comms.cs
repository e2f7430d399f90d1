namespace RobotPlan.Permissions;

public static partial class RobotPlanPermissions
{
    /// <summary>通知公告: publish, change and withdraw announcements on the portal.</summary>
    public static class Announcements
    {
        public const string Manage = Prefix + "Announcements.Manage";
    }

    /// <summary>The programme dashboard (listings, funnel, processing times, budgets, overdue tasks).</summary>
    public static class Dashboard
    {
        public const string Default = Prefix + "Dashboard";
    }
}
