namespace RobotPlan.Data;

/// <summary>Demo experts (Development only): enough per demo product category for a panel of three.</summary>
public static class DemoExperts
{
    /// <summary>User, display name, fields, employer name; a null employer is 重庆凌云智能装备有限公司 (registered), to show exclusion.</summary>
    public static readonly (string User, string DisplayName, string[] Fields, string? Employer)[] All =
    [
        ("expert1", "评审专家 李教授", ["IR-WELD", "IR-GRIND", "IR-COBOT"], "重庆大学机械与运载工程学院"),
        ("expert2", "评审专家 陈高工", ["IR-WELD", "IR-PALLET", "KP-REDUCER"], "重庆市机器人产业协会"),
        ("expert3", "评审专家 赵研究员", ["IR-COBOT", "IR-GRIND", "SR-REHAB"], "中国科学院重庆绿色智能技术研究院"),
        ("expert4", "评审专家 刘工", ["IR-WELD", "IR-COBOT", "IR-PALLET", "KP-REDUCER"], null),
        ("expert5", "评审专家 周教授", ["KP-REDUCER", "SR-REHAB", "IR-PALLET", "IR-GRIND"], "重庆邮电大学先进制造工程学院"),
        ("expert6", "评审专家 吴主任", ["SR-REHAB", "IR-WELD", "IR-COBOT", "KP-REDUCER", "IR-PALLET"], "重庆医科大学附属康复医院"),
    ];
}
