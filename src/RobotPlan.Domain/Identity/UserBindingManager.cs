namespace RobotPlan.Identity;

/// <summary>
/// domain.md §2: an enterprise user acts for one enterprise, a district reviewer for one jurisdiction, a testing-body
/// user for one testing body; programme-wide roles are bound to nothing. The binding must exist.
/// </summary>
public class UserBindingManager(IEnterpriseRepository enterprises, IReferenceDataRepository referenceData)
{
    public async Task BindAsync(AppUser user, string role, Guid? enterpriseId, Guid? jurisdictionId, Guid? testingBodyId,
        CancellationToken ct = default)
    {
        if (!RobotPlanRoles.All.Contains(role)) throw new BusinessException(RobotPlanErrorCodes.UnknownRole, "role");
        Expect(enterpriseId, role == RobotPlanRoles.Enterprise, "enterpriseId");
        Expect(jurisdictionId, role == RobotPlanRoles.DistrictReviewer, "jurisdictionId");
        Expect(testingBodyId, role == RobotPlanRoles.TestingBody, "testingBodyId");

        if (enterpriseId is { } e && await enterprises.FindAsync(e, ct) is null) throw NotFound("enterpriseId");
        if (jurisdictionId is { } j && await referenceData.FindJurisdictionAsync(j, ct) is null) throw NotFound("jurisdictionId");
        // A deactivated testing body issues no more reports, so it gets no new users either.
        if (testingBodyId is { } t && await referenceData.FindTestingBodyAsync(t, ct) is not { IsActive: true }) throw NotFound("testingBodyId");

        user.EnterpriseId = enterpriseId;
        user.JurisdictionId = jurisdictionId;
        user.TestingBodyId = testingBodyId;
    }

    private static void Expect(Guid? binding, bool required, string field)
    {
        if (required && binding is null) throw new BusinessException(RobotPlanErrorCodes.UserBindingRequired, field);
        if (!required && binding is not null) throw new BusinessException(RobotPlanErrorCodes.UserBindingNotAllowed, field);
    }

    private static BusinessException NotFound(string field) => new(RobotPlanErrorCodes.UserBindingNotFound, field);
}
