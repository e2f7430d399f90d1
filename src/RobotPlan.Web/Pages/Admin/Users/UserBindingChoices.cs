namespace RobotPlan.Web.Pages.Admin.Users;

/// <summary>What a user can be bound to: the options of the binding fields the create and edit forms share (_UserBinding).</summary>
public sealed record UserBindingChoices(
    IReadOnlyList<BindableEnterpriseDto> Enterprises, IReadOnlyList<JurisdictionDto> Jurisdictions, IReadOnlyList<OrganizationDto> TestingBodies)
{
    public const string ViewDataKey = nameof(UserBindingChoices);

    public static async Task<UserBindingChoices> LoadAsync(IUserAppService users, IReferenceDataAppService referenceData, CancellationToken ct) =>
        new(await users.GetBindableEnterprisesAsync(ct),
            await referenceData.GetJurisdictionsAsync(ct),
            // A deactivated testing body gets no new users (UserBindingManager refuses it).
            (await referenceData.GetTestingBodiesAsync(ct)).Where(b => b.IsActive).ToList());
}
