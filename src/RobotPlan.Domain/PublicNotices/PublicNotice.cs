namespace RobotPlan.PublicNotices;

/// <summary>
/// 公示: the files one decision passed, public for N working days; objections only inside the window. One mechanism
/// for every <see cref="NoticeSubject"/>: a catalog batch's applications, or subsidy claims confirmed by finance.
/// Entries and objections name their file by <c>SubjectId</c>: an application's id or a claim's, as <see cref="Subject"/> says.
/// </summary>
public class PublicNotice : AggregateRoot
{
    private readonly List<NoticeEntry> _entries = [];
    private readonly List<Objection> _objections = [];

    public NoticeSubject Subject { get; private set; } = NoticeSubject.CatalogApplication;
    /// <summary>The catalog batch (catalog applications only).</summary>
    public Guid? BatchId { get; private set; }
    public CatalogKind? Catalog { get; private set; }
    /// <summary>The subsidy programme (claims only).</summary>
    public Guid? ProgramId { get; private set; }
    public string Title { get; private set; } = null!;
    public DateTime PublishedAt { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    /// <summary>24:00 Asia/Shanghai of the last working day, in UTC; objections are refused from this instant.</summary>
    public DateTime EndsAtUtc { get; private set; }
    public int WorkingDays { get; private set; }
    public IReadOnlyList<NoticeEntry> Entries => _entries;
    public IReadOnlyList<Objection> Objections => _objections;

    private PublicNotice() { }

    /// <summary>The files must already have been moved to InPublicNotice by the decision.</summary>
    public PublicNotice(CatalogBatch batch, IReadOnlyList<CatalogApplication> files, NoticeWindow window, DateTime now)
    {
        if (files.Count == 0 || files.Any(f => f.BatchId != batch.Id || f.Status != CatalogApplicationStatus.InPublicNotice))
            throw new BusinessException(RobotPlanErrorCodes.NothingToDecide);
        BatchId = batch.Id;
        Catalog = batch.Catalog;
        Title = batch.Title;
        PublishedAt = now;
        StartsOn = window.StartsOn;
        EndsOn = window.EndsOn;
        EndsAtUtc = window.EndsAtUtc;
        WorkingDays = batch.NoticeWorkingDays;
        _entries.AddRange(files.Select(f => new NoticeEntry(f.Id, f.EnterpriseId, f.ProductId)));
    }

    /// <summary>Claims confirmed by finance (already moved to InPublicNotice), published under their programme.</summary>
    public PublicNotice(Guid programId, string title, IReadOnlyList<SubsidyClaim> claims, NoticeWindow window, int workingDays, DateTime now)
    {
        if (claims.Count == 0 || claims.Any(c => c.ProgramId != programId || c.Status != SubsidyClaimStatus.InPublicNotice))
            throw new BusinessException(RobotPlanErrorCodes.NothingToDecide);
        Subject = NoticeSubject.SubsidyClaim;
        ProgramId = programId;
        Title = title;
        PublishedAt = now;
        StartsOn = window.StartsOn;
        EndsOn = window.EndsOn;
        EndsAtUtc = window.EndsAtUtc;
        WorkingDays = workingDays;
        _entries.AddRange(claims.Select(c => new NoticeEntry(c.Id, c.EnterpriseId, c.ProductId)));
    }

    public bool IsOpenAt(DateTime now) => PublishedAt <= now && now < EndsAtUtc;

    /// <summary>The window and file checks of <see cref="Object"/>, without changing anything.</summary>
    public void EnsureAcceptsObjection(Guid subjectId, DateTime now)
    {
        if (!IsOpenAt(now)) throw new BusinessException(RobotPlanErrorCodes.OutsideNoticeWindow);
        if (!_entries.Any(e => e.SubjectId == subjectId && !e.IsWithdrawn))
            throw new BusinessException(RobotPlanErrorCodes.NotInNotice, "subjectId");
    }

    public Objection Object(Guid subjectId, ObjectorDetails objector, Guid? evidenceFileId, DateTime now)
    {
        EnsureAcceptsObjection(subjectId, now);
        var objection = new Objection(subjectId, objector, evidenceFileId, now);
        _objections.Add(objection);
        return objection;
    }

    /// <summary>The objection stands: the caller rejects the file (<see cref="CatalogApplication.RejectAfterObjection"/>, <see cref="SubsidyClaim.Reject"/>).</summary>
    public Objection Uphold(Guid objectionId, string reason, Guid reviewerId, DateTime now)
    {
        var objection = Find(objectionId);
        objection.Resolve(ObjectionStatus.Upheld, reason, reviewerId, now);
        _entries.Single(e => e.SubjectId == objection.SubjectId).Withdraw();
        return objection;
    }

    public Objection Dismiss(Guid objectionId, string reason, Guid reviewerId, DateTime now)
    {
        var objection = Find(objectionId);
        objection.Resolve(ObjectionStatus.Dismissed, reason, reviewerId, now);
        return objection;
    }

    /// <summary>R-15: a file with an unresolved objection cannot be listed.</summary>
    public bool HasOpenObjection(Guid subjectId) =>
        _objections.Any(o => o.SubjectId == subjectId && o.Status == ObjectionStatus.Open);

    private Objection Find(Guid objectionId) =>
        _objections.FirstOrDefault(o => o.Id == objectionId) ?? throw new EntityNotFoundException(typeof(Objection), objectionId);
}
