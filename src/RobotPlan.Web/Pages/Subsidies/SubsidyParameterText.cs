namespace RobotPlan.Web.Pages.Subsidies;

/// <summary>A parameter as people read it: rates in per cent, amounts in 元 with thousands separators, yes/no.</summary>
public static class SubsidyParameterText
{
    public static string Name(this IStringLocalizer L, string field) => L["Subsidy:Param:" + field].Value;

    public static string Value(this IStringLocalizer L, SubsidyParametersDto p, string field) => field switch
    {
        nameof(p.RateCap) => Percent(p.RateCap),
        nameof(p.SubsidyRate) => Percent(p.SubsidyRate),
        nameof(p.RewardRate) => Percent(p.RewardRate),
        nameof(p.PerProjectCap) => Yuan(p.PerProjectCap),
        nameof(p.RewardCap) => Yuan(p.RewardCap),
        nameof(p.MaxCompensatedYears) => p.MaxCompensatedYears.ToString(CultureInfo.InvariantCulture),
        nameof(p.FirstUnitsPerBuyer) => p.FirstUnitsPerBuyer.ToString(CultureInfo.InvariantCulture),
        nameof(p.AllowCombination) => L[p.AllowCombination ? "Subsidy:Combinable" : "Subsidy:NotCombinable"].Value,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The kind's parameters in one line, e.g. "奖励比例 10 %；单笔奖励上限 1,000,000 元；…".</summary>
    public static string Summary(this IStringLocalizer L, SubsidyKind kind, SubsidyParametersDto p) =>
        string.Join(L["Subsidy:ParamSeparator"].Value, SubsidyParametersDto.FieldsOf(kind).Select(f => $"{L.Name(f)} {L.Value(p, f)}"));

    private static string Percent(decimal fraction) => (fraction * 100).ToString("0.####", CultureInfo.InvariantCulture) + " %";

    private static string Yuan(decimal amount) => amount.ToString("N0", CultureInfo.InvariantCulture) + " 元";
}
