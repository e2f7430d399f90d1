namespace RobotPlan.Data;

/// <summary>The categories of the 2021–2025 work plan (domain.md §1): four groups and their kinds.</summary>
internal static class ProductCategorySeed
{
    public static readonly (string Code, string Name, string NameEn, string? Parent)[] All =
    [
        ("IR", "工业机器人", "Industrial robots", null),
        ("IR-WELD", "焊接机器人", "Welding robots", "IR"),
        ("IR-GRIND", "打磨机器人", "Grinding and polishing robots", "IR"),
        ("IR-PAINT", "喷涂机器人", "Painting robots", "IR"),
        ("IR-ASSEMBLY", "装配机器人", "Assembly robots", "IR"),
        ("IR-INSPECT", "检测机器人", "Inspection robots", "IR"),
        ("IR-COBOT", "人机协作机器人", "Collaborative robots", "IR"),
        ("IR-AGV", "AGV", "Automated guided vehicles", "IR"),
        ("IR-PALLET", "码垛机器人", "Palletizing robots", "IR"),
        ("IR-SORT", "分拣机器人", "Sorting robots", "IR"),
        ("IR-RGV", "RGV", "Rail guided vehicles", "IR"),
        ("SR", "服务机器人", "Service robots", null),
        ("SR-ELDERLY", "助老助残机器人", "Elderly and disability assistance robots", "SR"),
        ("SR-REHAB", "康复护理机器人", "Rehabilitation and nursing robots", "SR"),
        ("SR-HOME", "家庭作业机器人", "Household robots", "SR"),
        ("SR-EDU", "教育娱乐机器人", "Education and entertainment robots", "SR"),
        ("SR-LEGAL", "法律咨询机器人", "Legal consultation robots", "SR"),
        ("KP", "关键零部件", "Key components", null),
        ("KP-REDUCER", "减速器", "Reducers", "KP"),
        ("KP-CONTROLLER", "控制器", "Controllers", "KP"),
        ("KP-DRIVE", "驱动装置", "Drives", "KP"),
        ("KP-OS", "操作系统", "Operating systems", "KP"),
        ("KP-SENSOR-POSITION", "位置传感器", "Position sensors", "KP"),
        ("KP-SENSOR-TORQUE", "力矩传感器", "Torque sensors", "KP"),
        ("KP-SENSOR-VISION", "视觉传感器", "Vision sensors", "KP"),
        ("KP-SENSOR-TACTILE", "触觉传感器", "Tactile sensors", "KP"),
        ("TS", "检测认证服务", "Testing and certification services", null),
        ("TS-TESTING", "检测服务", "Testing services", "TS"),
        ("TS-CERTIFICATION", "认证服务", "Certification services", "TS"),
    ];
}
