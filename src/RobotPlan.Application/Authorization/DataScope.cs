namespace RobotPlan.Authorization;

/// <summary>
/// Which enterprises' records the current user may see, from its role and binding. Anything outside
/// answers 404 (never 403), so another party's file does not even reveal that it exists.
/// </summary>
public sealed class DataScope(ICurrentUser user)
{
    /// <summary>Programme-wide roles see every enterprise.</summary>
    public bool SeesAllEnterprises =>
        user.IsInRole(RobotPlanRoles.Administrator) || user.IsInRole(RobotPlanRoles.MunicipalReviewer)
        || user.IsInRole(RobotPlanRoles.FinanceOfficer);

    /// <summary>The jurisdiction a district reviewer is restricted to (null: not restricted by jurisdiction).</summary>
    public Guid? JurisdictionRestriction =>
        !SeesAllEnterprises && user.IsInRole(RobotPlanRoles.DistrictReviewer) ? user.JurisdictionId ?? Guid.Empty : null;

    /// <summary>The enterprise an enterprise user is restricted to (null: not restricted by enterprise).</summary>
    public Guid? EnterpriseRestriction =>
        !SeesAllEnterprises && JurisdictionRestriction is null && user.IsInRole(RobotPlanRoles.Enterprise)
            ? user.EnterpriseId ?? Guid.Empty
            : null;

    /// <summary>The testing body a testing-body user is restricted to: it sees the reports it issued, nothing else.</summary>
    public Guid? TestingBodyRestriction =>
        !SeesAllEnterprises && JurisdictionRestriction is null && EnterpriseRestriction is null && user.IsInRole(RobotPlanRoles.TestingBody)
            ? user.TestingBodyId ?? Guid.Empty
            : null;

    public bool CanSee(Enterprise enterprise) => CanSee(enterprise.Id, enterprise.JurisdictionId);

    public bool CanSee(Guid enterpriseId, Guid jurisdictionId) =>
        SeesAllEnterprises
        || (JurisdictionRestriction is { } j && j == jurisdictionId)
        || (EnterpriseRestriction is { } e && e == enterpriseId);

    public void EnsureCanSee(Enterprise enterprise)
    {
        if (!CanSee(enterprise)) throw new EntityNotFoundException(typeof(Enterprise), enterprise.Id);
    }

    /// <summary>Only the enterprise's own users edit its records.</summary>
    public void EnsureOwnEnterprise(Guid enterpriseId, Type entityType, Guid entityId)
    {
        if (user.EnterpriseId != enterpriseId) throw new EntityNotFoundException(entityType, entityId);
    }
}
