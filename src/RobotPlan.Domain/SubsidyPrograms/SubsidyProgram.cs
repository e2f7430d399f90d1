namespace RobotPlan.SubsidyPrograms;

/// <summary>
/// 资金项目（政策版本）: one year's programme of one subsidy kind, with its application window, annual budget and
/// versioned parameters. Reserved and Paid are moved only by the <see cref="IBudgetLedger"/>'s conditional updates
/// never overspent, also under concurrent confirmations), never by loading and saving this aggregate.
/// </summary>
public class SubsidyProgram : AggregateRoot
{
    private readonly List<SubsidyParameterVersion> _parameterVersions = [];

    public int Year { get; private set; }
    public SubsidyKind Kind { get; private set; }
    public string Title { get; private set; } = null!;
    /// <summary>Optional: English pages show it where given, else <see cref="Title"/> (issue #16 item 6).</summary>
    public string? TitleEn { get; private set; }
    public DateTime OpensAtUtc { get; private set; }
    public DateTime ClosesAtUtc { get; private set; }
    public decimal Budget { get; private set; }
    public decimal Reserved { get; private set; }
    public decimal Paid { get; private set; }
    public IReadOnlyList<SubsidyParameterVersion> ParameterVersions => _parameterVersions;

    public decimal Remaining => Budget - Reserved - Paid;
    public SubsidyParameterVersion CurrentParameters => _parameterVersions.MaxBy(v => v.Version)!;

    private SubsidyProgram() { }

    internal SubsidyProgram(int year, SubsidyKind kind, string title, DateTime opensAtUtc, DateTime closesAtUtc, decimal budget,
        SubsidyParameters parameters, DateTime now)
    {
        Year = year;
        Kind = kind;
        Reschedule(title, opensAtUtc, closesAtUtc);
        SetBudget(budget);
        _parameterVersions.Add(new SubsidyParameterVersion(Id, 1, Validate(parameters), now, "初始参数"));
    }

    public void Reschedule(string title, DateTime opensAtUtc, DateTime closesAtUtc)
    {
        if (closesAtUtc <= opensAtUtc) throw new BusinessException(RobotPlanErrorCodes.ProgramWindowInvalid, "closesAt");
        Title = title.Trim();
        OpensAtUtc = opensAtUtc;
        ClosesAtUtc = closesAtUtc;
    }

    public void TranslateTitle(string? titleEn) => TitleEn = string.IsNullOrWhiteSpace(titleEn) ? null : titleEn.Trim();

    /// <summary>A budget may grow or shrink, but never below what is already reserved and paid.</summary>
    public void SetBudget(decimal budget)
    {
        if (budget < 0 || budget < Reserved + Paid) throw new BusinessException(RobotPlanErrorCodes.BudgetBelowCommitted, "budget");
        Budget = budget;
    }

    public SubsidyParameterVersion ChangeParameters(SubsidyParameters parameters, string reason, DateTime now)
    {
        var version = new SubsidyParameterVersion(Id, CurrentParameters.Version + 1, Validate(parameters), now, reason);
        _parameterVersions.Add(version);
        return version;
    }

    public bool IsOpenAt(DateTime utc) => OpensAtUtc <= utc && utc < ClosesAtUtc;

    /// <summary>The range of every parameter (a coded 400 naming it); a preview of proposed values checks them the same way.</summary>
    public static SubsidyParameters Validate(SubsidyParameters p)
    {
        static void Check(bool ok, string field)
        {
            if (!ok) throw new BusinessException(RobotPlanErrorCodes.ProgramParameterOutOfRange, field);
        }
        Check(p.RateCap is > 0 and <= 1, "rateCap");
        Check(p.SubsidyRate is > 0 and <= 1, "subsidyRate");
        Check(p.PerProjectCap > 0, "perProjectCap");
        Check(p.MaxCompensatedYears is >= 1 and <= 10, "maxCompensatedYears");
        Check(p.FirstUnitsPerBuyer is >= 1 and <= 100, "firstUnitsPerBuyer");
        Check(p.RewardRate is > 0 and <= 1, "rewardRate");
        Check(p.RewardCap > 0, "rewardCap");
        return p;
    }
}
