namespace RobotPlan.ExpertPanels;

/// <summary>
/// By hand rather than Mapperly: what a member's scores map to depends on who is looking (R-14 hides them).
/// </summary>
public static class ExpertPanelMapper
{
    public static ExpertPanelDto ToDto(this ExpertPanel p, Guid? viewerId, PanelNames names) => new(
        p.Id, p.ApplicationId, names.EnterpriseName, names.ProductName, names.ProductModel, p.CategoryCode, p.Seed, p.Candidates,
        [.. p.Rubric.Select(c => new RubricCriterionDto { Name = c.Name, Weight = c.Weight })], p.RequiredScores, p.PassMark,
        [.. p.Members.OrderBy(m => m.DrawPosition).Select(m => new PanelMemberDto(m.ExpertUserId, names.ExpertNames.GetValueOrDefault(m.ExpertUserId),
            m.DrawPosition, m.Status, m.DeclaredAt, m.RecusalReason,
            p.CanSeeScoresOf(m, viewerId) ? m.Total : null,
            p.CanSeeScoresOf(m, viewerId) ? [.. m.Scores.Select(s => new CriterionScoreDto(s.Criterion, s.Score, s.Comment))] : null))],
        p.DrawnAt, p.CompletedAt, p.MeanScore, p.Passed, p.ConcurrencyStamp);

    public static async Task<Dictionary<Guid, string>> ExpertNamesAsync(UserManager<AppUser> users, IEnumerable<Guid> ids)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var id in ids.Distinct())
            if (await users.FindByIdAsync(id.ToString()) is { } user) names[id] = user.DisplayName;
        return names;
    }
}

public sealed record PanelNames(string? EnterpriseName, string? ProductName, string? ProductModel, IReadOnlyDictionary<Guid, string> ExpertNames);
