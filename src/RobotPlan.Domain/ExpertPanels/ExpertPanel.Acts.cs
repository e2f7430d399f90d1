namespace RobotPlan.ExpertPanels;

// The members' acts: declare, recuse, score. Four-eyes is checked on the expert's current profile at every act.
public partial class ExpertPanel
{
    public void DeclareNoConflict(ExpertProfile expert, DateTime now)
    {
        var member = OpenMember(expert.UserId, PanelMemberStatus.Drawn);
        EnsureNoConflict(expert);
        member.Accept(now);
    }

    /// <summary>The expert steps aside; the next candidate of the seeded order joins. Null: nobody is left to draw.</summary>
    public Guid? Recuse(Guid expertUserId, string reason, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(RobotPlanErrorCodes.CatalogReasonRequired, "reason");
        var member = _members.FirstOrDefault(m => m.ExpertUserId == expertUserId && m.Status is PanelMemberStatus.Drawn or PanelMemberStatus.Accepted);
        if (IsComplete) throw new BusinessException(RobotPlanErrorCodes.PanelClosed);
        if (member is null) throw new BusinessException(RobotPlanErrorCodes.PanelMemberState);
        member.Recuse(reason.Trim(), now);
        var order = DrawOrder();
        var next = _members.Max(m => m.DrawPosition) + 1;
        if (next >= order.Count) return null;
        _members.Add(new PanelMember(order[next], next));
        return order[next];
    }

    /// <summary>One score per rubric criterion, each 0..weight. True when this was the last required score.</summary>
    public bool Score(ExpertProfile expert, IReadOnlyList<CriterionScore> scores, DateTime now)
    {
        var member = OpenMember(expert.UserId, PanelMemberStatus.Accepted);
        EnsureNoConflict(expert);
        member.Score(ValidScores(scores), now);
        var scored = _members.Where(m => m.Status == PanelMemberStatus.Scored).ToList();
        if (scored.Count < RequiredScores) return false;
        var sum = scored.Sum(m => m.Total!.Value);
        MeanScore = Math.Round((decimal)sum / scored.Count, 2, MidpointRounding.AwayFromZero);
        // Compared exactly (sum vs mark × n), so rounding the displayed mean can never flip the outcome.
        Passed = sum >= PassMark * scored.Count;
        CompletedAt = now;
        return true;
    }

    private List<CriterionScore> ValidScores(IReadOnlyList<CriterionScore> scores)
    {
        var byName = scores.GroupBy(s => s.Criterion.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList());
        var valid = byName.Count == _rubric.Count && byName.Values.All(g => g.Count == 1)
            && _rubric.All(c => byName.TryGetValue(c.Name, out var g) && g[0].Score >= 0 && g[0].Score <= c.Weight
                && !string.IsNullOrWhiteSpace(g[0].Comment) && g[0].Comment.Trim().Length <= ExpertPanelConsts.MaxCommentLength);
        if (!valid) throw new BusinessException(RobotPlanErrorCodes.ScoresInvalid, "scores");
        return [.. _rubric.Select(c => new CriterionScore(c.Name, byName[c.Name][0].Score, byName[c.Name][0].Comment.Trim()))];
    }

    private PanelMember OpenMember(Guid expertUserId, PanelMemberStatus expected)
    {
        if (IsComplete) throw new BusinessException(RobotPlanErrorCodes.PanelClosed);
        var member = ActiveMembers.FirstOrDefault(m => m.ExpertUserId == expertUserId)
            ?? throw new BusinessException(RobotPlanErrorCodes.NotAPanelMember);
        if (member.Status != expected) throw new BusinessException(RobotPlanErrorCodes.PanelMemberState);
        return member;
    }

    // Four-eyes (§2): the draw excluded known conflicts, but a profile may have changed since.
    private void EnsureNoConflict(ExpertProfile expert)
    {
        if (expert.HasConflictWith(EnterpriseId)) throw new BusinessException(RobotPlanErrorCodes.ExpertHasConflict);
    }
}
