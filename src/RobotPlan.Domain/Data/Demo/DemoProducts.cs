namespace RobotPlan.Data;

/// <summary>Realistic demo products of the demo enterprises (Development only), each with one report number.</summary>
internal static class DemoProducts
{
    public sealed record Item(string EnterpriseUser, string Name, string Model, string CategoryCode, string Description,
        ProductSpecification[] Specifications, string ReportNumber, string Conclusion);

    /// <summary>lingyun's product that no demo file uses: the one a newcomer applies with.</summary>
    public const string UnappliedModel = "LY-G3";

    public static readonly Item[] All =
    [
        new(DemoUsers.EnterpriseLingyun, "六轴焊接机器人", "LY-W6", "IR-WELD", "面向汽车零部件弧焊的六轴关节机器人。",
            [new("负载", "6", "kg"), new("重复定位精度", "±0.05", "mm"), new("轴数", "6", null), new("工作半径", "1440", "mm")],
            "CQRT-2025-0101", "所检项目符合 GB/T 12642-2013 要求。"),
        new(DemoUsers.EnterpriseLingyun, "桁架码垛机器人", "LY-P180", "IR-PALLET", "适用于化工袋装物料的四轴码垛机器人。",
            [new("负载", "180", "kg"), new("码垛节拍", "1200", "次/h")],
            "CQRT-2025-0102", "所检项目符合 GB/T 38890-2020 要求。"),
        // In no demo file: with its valid report, lingyun can walk a whole application into the open batch (issue #16 item 8).
        new(DemoUsers.EnterpriseLingyun, "铸件智能打磨机器人", UnappliedModel, "IR-GRIND", "带恒力浮动主轴的铸件去毛刺打磨机器人。",
            [new("负载", "20", "kg"), new("恒力控制精度", "±2", "N"), new("轴数", "6", null)],
            "CQRT-2025-0103", "所检项目符合 GB/T 12642-2013 要求。"),
        new(DemoUsers.EnterpriseShancheng, "RV 精密减速器", "RV-40E", "KP-REDUCER", "工业机器人关节用 RV 减速器。",
            [new("额定扭矩", "412", "N·m"), new("减速比", "121", null), new("回差", "≤1", "arcmin")],
            "CQRT-2025-0201", "所检项目符合 GB/T 35089-2018 要求。"),
        new(DemoUsers.EnterpriseLiangjiang, "协作机器人", "LJ-C7", "IR-COBOT", "七自由度人机协作机器人，带力矩感知。",
            [new("负载", "7", "kg"), new("重复定位精度", "±0.02", "mm"), new("自由度", "7", null)],
            "CQRT-2025-0301", "所检项目符合 GB 11291.1-2011 要求。"),
        new(DemoUsers.EnterpriseBayu, "上肢康复机器人", "BY-R1", "SR-REHAB", "用于脑卒中患者上肢主被动康复训练。",
            [new("训练模式", "主动/被动/助力", null), new("关节活动范围", "0–150", "°")],
            "CQRT-2025-0401", "所检项目符合 YY/T 1860 系列标准要求。"),
    ];
}
