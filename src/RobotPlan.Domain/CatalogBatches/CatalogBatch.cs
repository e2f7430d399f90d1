namespace RobotPlan.CatalogBatches;

/// <summary>申报批次: one catalog, one application window <c>[OpensAt, ClosesAt)</c>, its rubric and parameters.</summary>
public class CatalogBatch : AggregateRoot
{
    private List<RubricCriterion> _rubric = [];

    public CatalogKind Catalog { get; private set; }
    public int Year { get; private set; }
    public string Title { get; private set; } = null!;
    /// <summary>Optional: English pages show it where given, else <see cref="Title"/> (issue #16 item 6).</summary>
    public string? TitleEn { get; private set; }
    public DateTime OpensAt { get; private set; }
    public DateTime ClosesAt { get; private set; }
    /// <summary>Returned files may be resubmitted until this instant.</summary>
    public DateTime RevisionDeadline { get; private set; }
    public IReadOnlyList<RubricCriterion> Rubric => _rubric;
    public int ExpertsPerFile { get; private set; }
    public int PassMark { get; private set; }
    public int NoticeWorkingDays { get; private set; }
    /// <summary>Working days each review step (district, municipal, expert, decision) may take.</summary>
    public int ReviewWorkingDays { get; private set; }
    public CatalogBatchStatus Status { get; private set; }

    private CatalogBatch() { }

    public CatalogBatch(CatalogBatchSettings settings, DateTime now)
    {
        Apply(settings);
        UpdateStatus(now);
    }

    /// <summary>A closed batch is history: its files were judged against these settings.</summary>
    public void Change(CatalogBatchSettings settings, DateTime now)
    {
        if (Status == CatalogBatchStatus.Closed) throw new BusinessException(RobotPlanErrorCodes.BatchNotEditable);
        // The catalog decides the form of every file already in the batch.
        if (Status == CatalogBatchStatus.Open && settings.Catalog != Catalog)
            throw new BusinessException(RobotPlanErrorCodes.BatchNotEditable, "catalog");
        Apply(settings);
        UpdateStatus(now);
    }

    public bool AcceptsSubmissionsAt(DateTime now) => OpensAt <= now && now < ClosesAt;

    /// <summary>R-10: refused outside the window, whatever the job has recorded so far.</summary>
    public void EnsureAcceptsSubmissions(DateTime now)
    {
        if (!AcceptsSubmissionsAt(now)) throw new BusinessException(RobotPlanErrorCodes.BatchClosed);
    }

    /// <summary>Moves Scheduled → Open → Closed as time passes; false when nothing changed (the job is re-runnable).</summary>
    public bool UpdateStatus(DateTime now)
    {
        var status = now < OpensAt ? CatalogBatchStatus.Scheduled
            : now < ClosesAt ? CatalogBatchStatus.Open
            : CatalogBatchStatus.Closed;
        if (status == Status) return false;
        Status = status;
        return true;
    }

    private void Apply(CatalogBatchSettings s)
    {
        if (s.ClosesAt <= s.OpensAt) throw new BusinessException(RobotPlanErrorCodes.BatchWindowInvalid, "closesAt");
        // Files are returned during review, which goes on after the window closes.
        if (s.RevisionDeadline < s.ClosesAt) throw new BusinessException(RobotPlanErrorCodes.BatchWindowInvalid, "revisionDeadline");
        CheckRange(s.Year, CatalogBatchConsts.MinYear, CatalogBatchConsts.MaxYear, "year");
        CheckRange(s.ExpertsPerFile, 1, 15, "expertsPerFile");
        CheckRange(s.PassMark, 1, CatalogBatchConsts.RubricTotal, "passMark");
        CheckRange(s.NoticeWorkingDays, 1, 30, "noticeWorkingDays");
        CheckRange(s.ReviewWorkingDays, 1, 60, "reviewWorkingDays");
        Catalog = s.Catalog;
        Year = s.Year;
        Title = s.Title.Trim();
        TitleEn = string.IsNullOrWhiteSpace(s.TitleEn) ? null : s.TitleEn.Trim();
        OpensAt = s.OpensAt;
        ClosesAt = s.ClosesAt;
        RevisionDeadline = s.RevisionDeadline;
        _rubric = ValidRubric(s.Rubric);
        ExpertsPerFile = s.ExpertsPerFile;
        PassMark = s.PassMark;
        NoticeWorkingDays = s.NoticeWorkingDays;
        ReviewWorkingDays = s.ReviewWorkingDays;
    }

    /// <summary>R-14: named, positive, distinct criteria whose weights total 100.</summary>
    public static List<RubricCriterion> ValidRubric(IReadOnlyList<RubricCriterion> rubric)
    {
        var list = rubric.Select(c => c with { Name = c.Name.Trim() }).ToList();
        var valid = list.Count is > 0 and <= CatalogBatchConsts.MaxCriteria
            && list.All(c => c.Name.Length is > 0 and <= CatalogBatchConsts.MaxCriterionNameLength && c.Weight > 0)
            && list.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() == list.Count
            && list.Sum(c => c.Weight) == CatalogBatchConsts.RubricTotal;
        if (!valid) throw new BusinessException(RobotPlanErrorCodes.RubricInvalid, "rubric", CatalogBatchConsts.RubricTotal);
        return list;
    }

    private static void CheckRange(int value, int min, int max, string field)
    {
        if (value < min || value > max) throw new BusinessException(RobotPlanErrorCodes.BatchParameterInvalid, field, min, max);
    }
}
