namespace RobotPlan.ExpertPanels;

/// <summary>One drawn expert of a panel: the conflict declaration, then one score per rubric criterion.</summary>
public class PanelMember : Entity
{
    public Guid ExpertUserId { get; private set; }
    /// <summary>Index in the seeded draw order; members and replacements are consecutive from 0.</summary>
    public int DrawPosition { get; private set; }
    public PanelMemberStatus Status { get; private set; }
    public DateTime? DeclaredAt { get; private set; }
    public string? RecusalReason { get; private set; }
    public List<CriterionScore> Scores { get; private set; } = [];
    public int? Total { get; private set; }
    public DateTime? ScoredAt { get; private set; }

    private PanelMember() { }

    internal PanelMember(Guid expertUserId, int drawPosition)
    {
        ExpertUserId = expertUserId;
        DrawPosition = drawPosition;
        Status = PanelMemberStatus.Drawn;
    }

    internal void Accept(DateTime now)
    {
        Status = PanelMemberStatus.Accepted;
        DeclaredAt = now;
    }

    internal void Recuse(string reason, DateTime now)
    {
        Status = PanelMemberStatus.Recused;
        RecusalReason = reason;
        DeclaredAt = now;
    }

    internal void Score(List<CriterionScore> scores, DateTime now)
    {
        Scores = scores;
        Total = scores.Sum(s => s.Score);
        ScoredAt = now;
        Status = PanelMemberStatus.Scored;
    }
}

/// <summary>An expert's score on one rubric criterion (0..its weight) with the reason for it.</summary>
public sealed record CriterionScore(string Criterion, int Score, string Comment);
