using RobotPlan.Localization;

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

    /// <summary>
    /// The parameters a kind's claims are decided with: compensation R-31…R-33, the reward R-34 (its rate and cap, the
    /// buyer's first units); whether the two combine is both kinds'. The others do not apply to that kind's programme.
    /// </summary>
    public static IReadOnlyList<string> FieldsOf(SubsidyKind kind) => kind == SubsidyKind.FirstPurchaseReward
        ? [nameof(RewardRate), nameof(RewardCap), nameof(FirstUnitsPerBuyer), nameof(AllowCombination)]
        : [nameof(RateCap), nameof(SubsidyRate), nameof(PerProjectCap), nameof(MaxCompensatedYears), nameof(FirstUnitsPerBuyer), nameof(AllowCombination)];
}

public sealed class CreateSubsidyProgramDto
{
    [Range(2021, 2100)] public int Year { get; set; }
    [Required, EnumDataType(typeof(SubsidyKind))] public SubsidyKind Kind { get; set; }
    [Required, StringLength(SubsidyProgramConsts.MaxTitleLength)] public string Title { get; set; } = "";
    /// <summary>Optional; English pages show the Chinese title when empty.</summary>
    [StringLength(SubsidyProgramConsts.MaxTitleLength)] public string? TitleEn { get; set; }
    /// <summary>Asia/Shanghai local date-time.</summary>
    [Required] public DateTime OpensAt { get; set; }
    [Required] public DateTime ClosesAt { get; set; }
    [Range(0, 100_000_000_000)] public decimal Budget { get; set; }
    [Required] public SubsidyParametersDto Parameters { get; set; } = new();
}

public sealed class UpdateSubsidyProgramDto
{
    [Required, StringLength(SubsidyProgramConsts.MaxTitleLength)] public string Title { get; set; } = "";
    /// <summary>Optional; English pages show the Chinese title when empty.</summary>
    [StringLength(SubsidyProgramConsts.MaxTitleLength)] public string? TitleEn { get; set; }
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

/// <summary>
/// Proposed parameter values and an example claim to try them on (元): a compensation's premium, sum insured and what the
/// project already got, or a reward's contract price — the programme's kind picks which. Defaults: a typical claim.
/// </summary>
public sealed class SubsidyParameterPreviewInput
{
    [Required] public SubsidyParametersDto Parameters { get; set; } = new();
    [Range(0.01, 1_000_000_000)] public decimal PremiumPaid { get; set; } = 300_000m;
    [Range(0.01, 100_000_000_000)] public decimal SumInsured { get; set; } = 10_000_000m;
    [Range(0, 1_000_000_000)] public decimal AlreadyCompensated { get; set; }
    [Range(0.01, 100_000_000_000)] public decimal ContractPrice { get; set; } = 8_000_000m;
}

/// <summary>The example claim computed with the version in force and with the proposed values, line by line; nothing is saved.</summary>
public sealed record SubsidyParameterPreviewDto(SubsidyKind Kind, int CurrentVersion, decimal CurrentAmount,
    IReadOnlyList<SubsidyEstimateLineDto> CurrentLines, decimal ProposedAmount, IReadOnlyList<SubsidyEstimateLineDto> ProposedLines);

public sealed record SubsidyParameterVersionDto(int Version, SubsidyParametersDto Values, DateTime EffectiveFrom, string Reason);

public sealed record SubsidyProgramDto(
    Guid Id, int Year, SubsidyKind Kind, string Title, string? TitleEn, DateTime OpensAtUtc, DateTime ClosesAtUtc,
    decimal Budget, decimal Reserved, decimal Paid, decimal Remaining,
    SubsidyParameterVersionDto CurrentParameters, IReadOnlyList<SubsidyParameterVersionDto> ParameterVersions, string ConcurrencyStamp);

public static class SubsidyProgramDtoNames
{
    /// <summary>The title in the reader's UI culture (issue #16 item 6).</summary>
    public static string LocalTitle(this SubsidyProgramDto program) => BilingualName.Local(program.Title, program.TitleEn);
}

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
