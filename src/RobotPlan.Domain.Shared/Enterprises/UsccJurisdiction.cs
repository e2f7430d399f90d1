namespace RobotPlan.Enterprises;

/// <summary>
/// R-1/R-3 (issue #14): which 初审 jurisdictions a USCC's division code (characters 3–8) allows. The district itself, and a
/// functional zone that covers part of it (两江新区, 西部科学城重庆高新区, 万盛经开区). A code issued before a county became a
/// district keeps its old code, mapped here to today's district. A municipal-level authority (500000, 500100, 500200)
/// names no district: then the applicant's choice stands and the district verification is the check.
/// The table and its sources: etc/docs/enterprise-identity.md.
/// </summary>
public static class UsccJurisdiction
{
    public const string LiangjiangNewArea = "LJXQ";
    public const string HighTechZone = "GXQ";
    public const string WanshengZone = "WSJKQ";

    /// <summary>Old county/city codes (GB/T 2260 before the change) → today's district code.</summary>
    public static readonly IReadOnlyDictionary<string, string> FormerCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["500221"] = "500115", // 长寿县 → 长寿区 (2001)
        ["500222"] = "500110", // 綦江县 → 綦江区 (2011)
        ["500223"] = "500152", // 潼南县 → 潼南区 (2015)
        ["500224"] = "500151", // 铜梁县 → 铜梁区 (2014)
        ["500225"] = "500111", // 大足县 → 大足区 (2011, with 双桥区 whose code 500111 it took)
        ["500226"] = "500153", // 荣昌县 → 荣昌区 (2015)
        ["500227"] = "500120", // 璧山县 → 璧山区 (2014)
        ["500228"] = "500155", // 梁平县 → 梁平区 (2016)
        ["500232"] = "500156", // 武隆县 → 武隆区 (2016)
        ["500234"] = "500154", // 开县 → 开州区 (2016)
        ["500239"] = "500114", // 黔江土家族苗族自治县 → 黔江区 (2000)
        ["500381"] = "500116", // 江津市 → 江津区 (2006)
        ["500382"] = "500117", // 合川市 → 合川区 (2006)
        ["500383"] = "500118", // 永川市 → 永川区 (2006)
        ["500384"] = "500119", // 南川市 → 南川区 (2006)
    };

    /// <summary>The functional zones that review enterprises of (parts of) these districts.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ZonesCovering = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["500105"] = [LiangjiangNewArea], // 江北区
        ["500112"] = [LiangjiangNewArea], // 渝北区
        ["500109"] = [LiangjiangNewArea, HighTechZone], // 北碚区
        ["500106"] = [HighTechZone], // 沙坪坝区
        ["500107"] = [HighTechZone], // 九龙坡区
        ["500116"] = [HighTechZone], // 江津区
        ["500120"] = [HighTechZone], // 璧山区
        ["500110"] = [WanshengZone], // 綦江区 (500110 was 万盛区 before 2011)
    };

    /// <summary>Codes of municipal-level registering authorities: they name no district.</summary>
    public static readonly IReadOnlySet<string> MunicipalCodes = new HashSet<string>(StringComparer.Ordinal) { "500000", "500100", "500200" };

    /// <summary>
    /// The jurisdiction codes this valid USCC may be reviewed by, the derived district first; empty when its code names no
    /// Chongqing district (municipal-level or outside Chongqing).
    /// </summary>
    public static IReadOnlyList<string> AllowedJurisdictionCodes(string validUscc, IReadOnlySet<string> districtCodes)
    {
        var division = Uscc.DivisionCode(validUscc);
        var district = FormerCodes.GetValueOrDefault(division, division);
        if (MunicipalCodes.Contains(division) || !districtCodes.Contains(district)) return [];
        return [district, .. ZonesCovering.GetValueOrDefault(district, [])];
    }
}
