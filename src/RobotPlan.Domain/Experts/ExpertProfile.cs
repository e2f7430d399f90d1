namespace RobotPlan.Experts;

/// <summary>
/// 评审专家档案: what an expert user may judge (fields = product category codes), who employs them, and the
/// enterprises they declared a standing conflict with. The panel draw and four-eyes rule read it.
/// </summary>
public class ExpertProfile : AggregateRoot
{
    private List<string> _fields = [];
    private List<Guid> _conflicts = [];

    public Guid UserId { get; private set; }
    public IReadOnlyList<string> Fields => _fields;
    /// <summary>Set when the employer is a registered enterprise: the draw excludes its files.</summary>
    public Guid? EmployerEnterpriseId { get; private set; }
    public string? EmployerName { get; private set; }
    public IReadOnlyList<Guid> ConflictEnterpriseIds => _conflicts;

    private ExpertProfile() { }

    internal ExpertProfile(Guid userId, ExpertProfileDetails details)
    {
        UserId = userId;
        Change(details);
    }

    public void Change(ExpertProfileDetails details)
    {
        var fields = details.Fields.Select(f => f.Trim()).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (fields.Count == 0) throw new BusinessException(RobotPlanErrorCodes.ExpertFieldsRequired, "fields");
        var employerName = string.IsNullOrWhiteSpace(details.EmployerName) ? null : details.EmployerName.Trim();
        // An employer is always named or linked: an expert of unknown affiliation cannot be checked for conflicts.
        if (details.EmployerEnterpriseId is null && employerName is null)
            throw new BusinessException(RobotPlanErrorCodes.ExpertEmployerRequired, "employerName");
        _fields = fields;
        EmployerEnterpriseId = details.EmployerEnterpriseId;
        EmployerName = employerName;
        _conflicts = [.. details.ConflictEnterpriseIds.Distinct()];
    }

    public bool Covers(string categoryCode) => _fields.Contains(categoryCode, StringComparer.Ordinal);

    /// <summary>Four-eyes (§2): employed by the enterprise, or declared a conflict with it.</summary>
    public bool HasConflictWith(Guid enterpriseId) => EmployerEnterpriseId == enterpriseId || _conflicts.Contains(enterpriseId);
}

/// <summary>The editable part of a profile; category codes are checked against reference data by the manager.</summary>
public sealed record ExpertProfileDetails(IReadOnlyList<string> Fields, Guid? EmployerEnterpriseId, string? EmployerName,
    IReadOnlyList<Guid> ConflictEnterpriseIds);
