namespace RobotPlan.Data;

/// <summary>Demo accounts (Development only; listed in the README). Every one has <see cref="Password"/>.</summary>
public static class DemoUsers
{
    public const string Password = "Demo#2025robot";

    public const string Admin = "admin";
    public const string SecurityAdmin = "security";
    public const string AuditAdmin = "audit";
    public const string Municipal = "municipal";
    public const string Finance = "finance";
    public const string Finance2 = "finance2";
    public const string Expert = "expert";
    public const string DistrictYubei = "district-yubei";
    public const string DistrictJiulongpo = "district-jiulongpo";
    /// <summary>Issue #16 item 8: every district a demo enterprise is in has its reviewer (两江新区, 南岸区 too).</summary>
    public const string DistrictLiangjiang = "district-liangjiang";
    public const string DistrictNanan = "district-nanan";
    /// <summary>The districts of <see cref="DemoCatalogMakers"/> (江北区, 沙坪坝区, 巴南区, 璧山区) have their reviewers too.</summary>
    public const string DistrictJiangbei = "district-jiangbei";
    public const string DistrictShapingba = "district-shapingba";
    public const string DistrictBanan = "district-banan";
    public const string DistrictBishan = "district-bishan";
    public const string TestingBody = "testing";
    public const string EnterpriseLingyun = "lingyun";
    public const string EnterpriseShancheng = "shancheng";
    public const string EnterpriseLiangjiang = "liangjiang";
    public const string EnterpriseBayu = "bayu";

    /// <summary>
    /// Issue #14: the roles that must sign in with a second factor have it set up with these fixed TOTP keys (Base32,
    /// listed in the README), so the demo works with any authenticator app or <c>oathtool --totp -b KEY</c>.
    /// Development data only; real users set up their own on first sign-in.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> AuthenticatorKeys = new Dictionary<string, string>
    {
        [Admin] = "7S4CBOTTSACCX6TDBTYQUAVCN55LH4WP",
        [SecurityAdmin] = "FYRAEUKWQX3VLJGSVD65KMNHR5Q5CUC4",
        [AuditAdmin] = "OFHJH42ILMOHHPE4UDMZCOLKHIMFCGA3",
        [Municipal] = "24T5WM2WJPZIMGYZUNMUNPRZJFGT2HBK",
        [Finance] = "CWZF3AJ2IHG6TTIGBNHGNFXPK5GA5ZEH",
        [Finance2] = "FAAMEOMKTWTJKFZX6P2CRSOMDTHVMIQN",
        [DistrictYubei] = "SV6R2MKOASY2XIBIKYRDQ6MGX74XIL2Y",
        [DistrictJiulongpo] = "QITFO65MUZXS4PPVBWOIR44T5PJ3XQ2T",
        [DistrictLiangjiang] = "7AY2XXYNX57J3DWNGSFBLE2IOL6XPSCN",
        [DistrictNanan] = "35K5OZBHFWM7ZPU632P3OPFXZ3UX7M25",
        [DistrictJiangbei] = "X23LHD3FJNCVZU2XHPKR4J6VFFR5NX43",
        [DistrictShapingba] = "KJGJ6SAB5735REQLMHP7QRSAA5X7OPZJ",
        [DistrictBanan] = "MZYRGH7OOBBT7BFJ5AQA2IO6B4GR25ZF",
        [DistrictBishan] = "SHITZC6YUG2SFKIOXTCF5DKPM7HPKFFY",
    };

    /// <summary>Fictional Chongqing robot makers: user, legal name, jurisdiction code, USCC (valid check character).</summary>
    public static readonly (string User, string LegalName, string JurisdictionCode, string Uscc, string Address)[] Enterprises =
    [
        (EnterpriseLingyun, "重庆凌云智能装备有限公司", "500112", Uscc.WithCheckCharacter("91500112MA5U1LY01"), "重庆市渝北区仙桃街道数据谷中路 8 号"),
        (EnterpriseShancheng, "重庆山城精密传动科技有限公司", "500107", Uscc.WithCheckCharacter("91500107MA60HC002"), "重庆市九龙坡区西彭镇铝城大道 66 号"),
        (EnterpriseLiangjiang, "重庆两江协作机器人有限公司", "LJXQ", Uscc.WithCheckCharacter("91500000MA61LJ003"), "重庆市两江新区金渝大道 99 号"),
        (EnterpriseBayu, "重庆巴渝康养机器人有限公司", "500108", Uscc.WithCheckCharacter("91500108MA5YBY004"), "重庆市南岸区茶园新区长电路 12 号"),
    ];
}
