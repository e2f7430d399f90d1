namespace RobotPlan.Web.Pages;

/// <summary>
/// Amounts in yuan as each culture writes them (issue #16 item 6): "1,234.50 元" in Chinese, "¥1,234.50" in English.
/// Every amount RobotPlan handles is in yuan (R-numbers of the subsidy rules), so the unit is the page's, not the data's.
/// </summary>
public static class Money
{
    public static string Yuan(decimal? amount) => amount is not { } a ? "—"
        : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? a.ToString("N2") + " 元"
        : "¥" + a.ToString("N2");
}
