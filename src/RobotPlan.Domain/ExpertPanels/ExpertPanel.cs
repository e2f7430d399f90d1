namespace RobotPlan.ExpertPanels;

/// <summary>
/// 评审专家组 of one file: drawn from the recorded candidates with the recorded seed, so the draw can be
/// re-checked; each member declares (or recuses and is replaced from the same sequence), then scores.
/// </summary>
public partial class ExpertPanel : AggregateRoot
{
    private readonly List<PanelMember> _members = [];
    private List<Guid> _candidates = [];
    private List<RubricCriterion> _rubric = [];

    public Guid ApplicationId { get; private set; }
    public Guid BatchId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public string CategoryCode { get; private set; } = null!;
    public long Seed { get; private set; }
    /// <summary>Eligible experts at draw time, sorted by user id: the input <see cref="Verify"/> re-runs the draw on.</summary>
    public IReadOnlyList<Guid> Candidates => _candidates;
    /// <summary>The batch's rubric and parameters when drawn: a later batch change does not move the goalposts.</summary>
    public IReadOnlyList<RubricCriterion> Rubric => _rubric;
    public int RequiredScores { get; private set; }
    public int PassMark { get; private set; }
    public IReadOnlyList<PanelMember> Members => _members;
    public DateTime DrawnAt { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    public decimal? MeanScore { get; private set; }
    public bool? Passed { get; private set; }

    private ExpertPanel() { }

    public ExpertPanel(CatalogApplication application, CatalogBatch batch, string categoryCode, IEnumerable<Guid> candidates, long seed,
        DateTime now)
    {
        if (application.BatchId != batch.Id) throw new ArgumentException("The file belongs to another batch.", nameof(batch));
        ApplicationId = application.Id;
        BatchId = batch.Id;
        EnterpriseId = application.EnterpriseId;
        CategoryCode = categoryCode;
        Seed = seed;
        _candidates = [.. candidates.Distinct().Order()];
        _rubric = [.. batch.Rubric];
        RequiredScores = batch.ExpertsPerFile;
        PassMark = batch.PassMark;
        DrawnAt = now;
        if (_candidates.Count < RequiredScores)
            throw new BusinessException(RobotPlanErrorCodes.NotEnoughExperts, null, _candidates.Count, RequiredScores);
        var order = DrawOrder();
        for (var i = 0; i < RequiredScores; i++) _members.Add(new PanelMember(order[i], i));
    }

    public bool IsComplete => CompletedAt is not null;

    /// <summary>Members still on the panel (not recused).</summary>
    public IEnumerable<PanelMember> ActiveMembers => _members.Where(m => m.Status != PanelMemberStatus.Recused);

    public bool IsActiveMember(Guid expertUserId) => ActiveMembers.Any(m => m.ExpertUserId == expertUserId);

    /// <summary>Re-runs the draw from <see cref="Seed"/> and <see cref="Candidates"/>: every member, replacements included, must sit at its position.</summary>
    public bool Verify()
    {
        var order = DrawOrder();
        var members = _members.OrderBy(m => m.DrawPosition).ToList();
        return members.Select((m, i) => m.DrawPosition == i && i < order.Count && order[i] == m.ExpertUserId).All(ok => ok)
            && members.Count(m => m.Status != PanelMemberStatus.Recused) <= RequiredScores;
    }

    /// <summary>Scores stay hidden from everyone but their author until all required scores are in .</summary>
    public bool CanSeeScoresOf(PanelMember member, Guid? viewerUserId) => IsComplete || member.ExpertUserId == viewerUserId;

    private IReadOnlyList<Guid> DrawOrder() => PanelDraw.Order(Seed, _candidates);
}
