namespace RobotPlan.Data;

/// <summary>
/// Issue #16 item 8: sixteen more fictional robot makers, two in each of eight districts, each with two products that
/// last year's batches listed in both catalogs, so the catalogs hold enough listings (68) across enough categories (20)
/// and districts (8 in each catalog) for the facets and the pager to show. Development demo activity only (application
/// tests seed the demo users but not these). Their users sign in like the other enterprises.
/// </summary>
internal static class DemoCatalogMakers
{
    public static readonly (string User, string LegalName, string JurisdictionCode, string Uscc, string Address)[] Enterprises =
    [
        Maker("yh-vision", "重庆渝汇视觉科技有限公司", "500112", 1, "重庆市渝北区金开大道 88 号"),
        Maker("kg-drive", "重庆空港驱动技术有限公司", "500112", 2, "重庆市渝北区空港大道 16 号"),
        Maker("jl-paint", "重庆九龙涂装机器人有限公司", "500107", 3, "重庆市九龙坡区科城路 60 号"),
        Maker("hf-sensor", "重庆华峰传感器有限公司", "500107", 4, "重庆市九龙坡区高新大道 21 号"),
        Maker("lj-agv", "重庆两江智能物流装备有限公司", "LJXQ", 5, "重庆市两江新区水土高新园云汉大道 5 号"),
        Maker("lj-os", "重庆两江机器人操作系统有限公司", "LJXQ", 6, "重庆市两江新区星光大道 62 号"),
        Maker("na-care", "重庆南山康护机器人有限公司", "500108", 7, "重庆市南岸区江南大道 8 号"),
        Maker("na-edu", "重庆南岸教育机器人有限公司", "500108", 8, "重庆市南岸区南坪西路 31 号"),
        Maker("jb-assembly", "重庆江北精密装配机器人有限公司", "500105", 9, "重庆市江北区港城西路 2 号"),
        Maker("jb-control", "重庆江北运动控制技术有限公司", "500105", 10, "重庆市江北区建新东路 3 号"),
        Maker("sp-inspect", "重庆沙坪检测机器人有限公司", "500106", 11, "重庆市沙坪坝区大学城中路 55 号"),
        Maker("sp-tactile", "重庆沙磁触觉感知科技有限公司", "500106", 12, "重庆市沙坪坝区西永大道 28 号"),
        Maker("bn-sort", "重庆巴南分拣机器人有限公司", "500113", 13, "重庆市巴南区龙洲大道 1 号"),
        Maker("bn-rgv", "重庆巴南轨道物流装备有限公司", "500113", 14, "重庆市巴南区界石镇物流大道 9 号"),
        Maker("bs-weld", "重庆璧山焊接装备有限公司", "500120", 15, "重庆市璧山区璧泉街道剑山路 7 号"),
        Maker("bs-reducer", "重庆璧山谐波传动有限公司", "500120", 16, "重庆市璧山区青杠街道工业园 12 号"),
    ];

    public static readonly DemoProducts.Item[] Products =
    [
        Product("yh-vision", "工业 3D 视觉传感器", "YH-V3D", "KP-SENSOR-VISION", "结构光三维视觉传感器，用于无序抓取引导。", new("测量精度", "±0.1", "mm")),
        Product("yh-vision", "视觉检测机器人", "YH-I200", "IR-INSPECT", "汽车零部件外观缺陷在线检测机器人。", new("检测节拍", "2", "s/件")),
        Product("kg-drive", "交流伺服驱动器", "KG-SD750", "KP-DRIVE", "750 W 交流伺服驱动器，支持 EtherCAT。", new("额定功率", "750", "W")),
        Product("kg-drive", "一体化关节模组", "KG-JM80", "KP-DRIVE", "集成电机、减速器与编码器的机器人关节模组。", new("额定扭矩", "80", "N·m")),
        Product("jl-paint", "六轴喷涂机器人", "JL-P15", "IR-PAINT", "汽车零部件喷涂用六轴机器人。", new("负载", "15", "kg")),
        Product("jl-paint", "防爆喷涂机器人", "JL-PX20", "IR-PAINT", "本安防爆型喷涂机器人。", new("防爆等级", "Ex ib IIB T4", null)),
        Product("hf-sensor", "六维力矩传感器", "HF-FT6", "KP-SENSOR-TORQUE", "机器人末端六维力与力矩测量。", new("量程", "200", "N")),
        Product("hf-sensor", "绝对值编码器", "HF-E23", "KP-SENSOR-POSITION", "23 位单圈绝对值编码器。", new("分辨率", "23", "bit")),
        Product("lj-agv", "潜伏式 AGV", "LJ-AGV600", "IR-AGV", "激光 SLAM 导航的潜伏顶升式 AGV。", new("额定载重", "600", "kg")),
        Product("lj-agv", "叉车式 AGV", "LJ-F1500", "IR-AGV", "无人叉车，用于托盘搬运。", new("额定载重", "1500", "kg")),
        Product("lj-os", "机器人实时操作系统", "LJ-RTOS2", "KP-OS", "面向机器人控制的实时操作系统。", new("调度周期", "250", "μs")),
        Product("lj-os", "机器人控制器", "LJ-RC8", "KP-CONTROLLER", "八轴工业机器人控制器。", new("控制轴数", "8", null)),
        Product("na-care", "助行机器人", "NA-W1", "SR-ELDERLY", "老年人行走辅助与跌倒防护机器人。", new("最大速度", "1.2", "m/s")),
        Product("na-care", "下肢康复机器人", "NA-R3", "SR-REHAB", "下肢主被动康复训练机器人。", new("训练模式", "主动/被动", null)),
        Product("na-edu", "教育编程机器人", "NA-E5", "SR-EDU", "中小学人工智能教育用编程机器人。", new("自由度", "5", null)),
        Product("na-edu", "家庭清洁机器人", "NA-H2", "SR-HOME", "扫拖一体家庭清洁机器人。", new("续航", "180", "min")),
        Product("jb-assembly", "SCARA 装配机器人", "JB-S6", "IR-ASSEMBLY", "电子产品精密装配用 SCARA 机器人。", new("负载", "6", "kg")),
        Product("jb-assembly", "双臂装配机器人", "JB-D14", "IR-ASSEMBLY", "十四轴双臂装配机器人。", new("轴数", "14", null)),
        Product("jb-control", "多轴运动控制器", "JB-MC32", "KP-CONTROLLER", "三十二轴总线型运动控制器。", new("控制轴数", "32", null)),
        Product("jb-control", "低压伺服驱动器", "JB-LV48", "KP-DRIVE", "48 V 低压伺服驱动器，用于移动机器人。", new("额定电压", "48", "V")),
        Product("sp-inspect", "管道检测机器人", "SP-PI150", "IR-INSPECT", "市政排水管道 CCTV 检测机器人。", new("适用管径", "150–1500", "mm")),
        Product("sp-inspect", "变电站巡检机器人", "SP-SI2", "IR-INSPECT", "变电站室外轮式巡检机器人。", new("防护等级", "IP55", null)),
        Product("sp-tactile", "柔性触觉传感器", "SP-T64", "KP-SENSOR-TACTILE", "64 点阵柔性触觉传感器。", new("测点数", "64", null)),
        Product("sp-tactile", "线激光轮廓传感器", "SP-L50", "KP-SENSOR-VISION", "焊缝跟踪用线激光轮廓传感器。", new("采样频率", "5000", "Hz")),
        Product("bn-sort", "快递分拣机器人", "BN-S300", "IR-SORT", "平面式快递包裹分拣机器人。", new("分拣效率", "3000", "件/h")),
        Product("bn-sort", "视觉分拣机器人", "BN-VS8", "IR-SORT", "基于视觉识别的并联分拣机器人。", new("分拣节拍", "120", "次/min")),
        Product("bn-rgv", "穿梭式 RGV", "BN-R2T", "IR-RGV", "立体库用穿梭式有轨制导车辆。", new("额定载重", "2", "t")),
        Product("bn-rgv", "关节码垛机器人", "BN-P300", "IR-PALLET", "四轴关节码垛机器人。", new("负载", "300", "kg")),
        Product("bs-weld", "激光焊接机器人", "BS-LW8", "IR-WELD", "光纤激光焊接机器人工作站。", new("激光功率", "6000", "W")),
        Product("bs-weld", "点焊机器人", "BS-SW210", "IR-WELD", "车身点焊用六轴机器人。", new("负载", "210", "kg")),
        Product("bs-reducer", "谐波减速器", "BS-H32", "KP-REDUCER", "机器人关节用谐波减速器。", new("减速比", "100", null)),
        Product("bs-reducer", "行星减速器", "BS-PL90", "KP-REDUCER", "精密行星减速器。", new("回差", "≤3", "arcmin")),
    ];

    private static (string, string, string, string, string) Maker(string user, string legalName, string jurisdictionCode, int number, string address) =>
        // The USCC's region is the district's code (两江新区, a functional zone, registers under the municipality's 500000).
        (user, legalName, jurisdictionCode,
         Uscc.WithCheckCharacter($"91{(jurisdictionCode == "LJXQ" ? "500000" : jurisdictionCode)}MA6{number:D2}K{number:D3}"), address);

    private static DemoProducts.Item Product(string user, string name, string model, string category, string description,
        RobotPlan.Products.ProductSpecification specification) =>
        new(user, name, model, category, description, [specification], $"CQRT-2025-{model}", "所检项目符合相关国家标准要求。");
}
