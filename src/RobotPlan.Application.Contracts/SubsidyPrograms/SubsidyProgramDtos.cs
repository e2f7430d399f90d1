using System.ComponentModel.DataAnnotations;

namespace RobotPlan.SubsidyPrograms;

public sealed class SubsidyParametersDto
{
    [Range(0.000001, 1)] public decimal RateCap { get; set; } = 0.03m;
    [Range(0.000001, 1)] public decimal SubsidyRate { get; set; } = 0.80m;
    [Range(0.01, 1_000_000_000)] public decimal PerProjectCap { get; set; } = 5_000_000m;
    [Range(1, 10)] public int MaxCompensatedYears { get; set; } = 3;
    [Range(1, 100)] public int FirstUnitsPerBuyer { get; set; } = 3;
    [Range(0.000001, 1)] public decimal RewardRate { get; set; } = 0.10m;
    [Range(0.01, 1_000_000_000)] public decimal RewardCap { get; set; } = 1_000_000m;
    public bool AllowCombination { get; set; }
}

public sealed class CreateSubsidyProgramDto
{
    [Range(2021, 2100)] public int Year { get; set; }
    [Required, EnumDataType(typeof(SubsidyKind))] public SubsidyKind Kind { get; set; }
    [Required, StringLength(SubsidyProgramConsts.MaxTitleLength)] public string Title { get; set; } = "";
    /// <summary>Asia/Shanghai local date-time.</summary>
    [Required] public DateTime OpensAt { get; set; }
    [Required] public DateTime ClosesAt { get; set; }
    [Range(0, 100_000_000_000)] public decimal Budget { get; set; }
    [Required] public SubsidyParametersDto Parameters { get; set; } = new();
}

public sealed class UpdateSubsidyProgramDto
{
    [Required, StringLength(SubsidyProgramConsts.MaxTitleLength)] public string Title { get; set; } = "";
    [Required] public DateTime OpensAt { get; set; }
    [Required] public DateTime ClosesAt { get; set; }
    [Range(0, 100_000_000_000)] public decimal Budget { get; set; }
    [Required, StringLength(40)] public string ConcurrencyStamp { get; set; } = "";
}

public sealed class ChangeSubsidyParametersDto
{
    [Required] public SubsidyParametersDto Parameters { get; set; } = new();
    [Required, StringLength(500)] public string Reason { get; set; } = "";
}

public sealed record SubsidyParameterVersionDto(int Version, SubsidyParametersDto Values, DateTime EffectiveFrom, string Reason);

public sealed record SubsidyProgramDto(
    Guid Id, int Year, SubsidyKind Kind, string Title, DateTime OpensAtUtc, DateTime ClosesAtUtc,
    decimal Budget, decimal Reserved, decimal Paid, decimal Remaining,
    SubsidyParameterVersionDto CurrentParameters, IReadOnlyList<SubsidyParameterVersionDto> ParameterVersions, string ConcurrencyStamp);

public sealed class SubsidyEstimateInput
{
    [Range(0.01, 1_000_000_000)] public decimal PremiumPaid { get; set; }
    [Range(0.01, 100_000_000_000)] public decimal SumInsured { get; set; }
    [Range(0, 1_000_000_000)] public decimal AlreadyCompensated { get; set; }
}

public sealed record SubsidyEstimateLineDto(string Key, string Formula, decimal Value);

public sealed record SubsidyEstimateDto(
    decimal Amount, decimal EligiblePremium, bool CappedByProjectLimit, int? ParameterVersion, int? ProgramYear,
    IReadOnlyList<SubsidyEstimateLineDto> Lines);
