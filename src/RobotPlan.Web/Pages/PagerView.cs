namespace RobotPlan.Web.Pages;

/// <summary>What the shared pager needs: where we are and how to link to another page with the same filters.</summary>
public sealed record PagerView(int PageNumber, int PageSize, int TotalCount, Func<int, string> Url);
