namespace RobotPlan.Web.Pages.Payouts;

/// <summary>Instants shown in Asia/Shanghai, as every business time in the UI.</summary>
public static class PayoutText
{
    public static string Time(DateTime? utc) => utc is { } t ? BeijingTime.Of(t) : "—";
}
