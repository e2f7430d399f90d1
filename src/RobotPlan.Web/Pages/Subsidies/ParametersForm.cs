namespace RobotPlan.Web.Pages.Subsidies;

/// <summary>
/// A new parameter version as an officer types it: rates in per cent (3 for 3 %), amounts in 元, and the example claim the
/// preview computes. Fields of the other kind are carried over unchanged from the version in force.
/// </summary>
public sealed class ParametersForm
{
    [Range(0.0001, 100)] public decimal RateCapPercent { get; set; }
    [Range(0.0001, 100)] public decimal SubsidyRatePercent { get; set; }
    [Range(0.01, 1_000_000_000)] public decimal PerProjectCap { get; set; }
    [Range(1, 10)] public int MaxCompensatedYears { get; set; }
    [Range(1, 100)] public int FirstUnitsPerBuyer { get; set; }
    [Range(0.0001, 100)] public decimal RewardRatePercent { get; set; }
    [Range(0.01, 1_000_000_000)] public decimal RewardCap { get; set; }
    public bool AllowCombination { get; set; }

    [Range(0.01, 1_000_000_000)] public decimal PremiumPaid { get; set; } = 300_000m;
    [Range(0.01, 100_000_000_000)] public decimal SumInsured { get; set; } = 10_000_000m;
    [Range(0, 1_000_000_000)] public decimal AlreadyCompensated { get; set; }
    [Range(0.01, 100_000_000_000)] public decimal ContractPrice { get; set; } = 8_000_000m;

    [StringLength(500)] public string? Reason { get; set; }

    /// <summary>The app service's field names (camelCase) → this form's inputs, for coded refusals.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["rateCap"] = "Input.RateCapPercent", ["subsidyRate"] = "Input.SubsidyRatePercent", ["perProjectCap"] = "Input.PerProjectCap",
        ["maxCompensatedYears"] = "Input.MaxCompensatedYears", ["firstUnitsPerBuyer"] = "Input.FirstUnitsPerBuyer",
        ["rewardRate"] = "Input.RewardRatePercent", ["rewardCap"] = "Input.RewardCap", ["reason"] = "Input.Reason",
    };

    public static ParametersForm From(SubsidyParametersDto p) => new()
    {
        RateCapPercent = p.RateCap * 100, SubsidyRatePercent = p.SubsidyRate * 100, PerProjectCap = p.PerProjectCap,
        MaxCompensatedYears = p.MaxCompensatedYears, FirstUnitsPerBuyer = p.FirstUnitsPerBuyer, RewardRatePercent = p.RewardRate * 100,
        RewardCap = p.RewardCap, AllowCombination = p.AllowCombination,
    };

    public SubsidyParametersDto ToDto() => new()
    {
        RateCap = RateCapPercent / 100, SubsidyRate = SubsidyRatePercent / 100, PerProjectCap = PerProjectCap,
        MaxCompensatedYears = MaxCompensatedYears, FirstUnitsPerBuyer = FirstUnitsPerBuyer, RewardRate = RewardRatePercent / 100,
        RewardCap = RewardCap, AllowCombination = AllowCombination,
    };

    public SubsidyParameterPreviewInput ToPreview() => new()
    {
        Parameters = ToDto(), PremiumPaid = PremiumPaid, SumInsured = SumInsured, AlreadyCompensated = AlreadyCompensated, ContractPrice = ContractPrice,
    };
}
