using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Experts.Profiles;

/// <summary>The choices of the profile form: categories (fields of expertise), enterprises (employer, conflicts) and expert users.</summary>
public sealed record ProfileOptions(IReadOnlyList<CategoryDto> Categories, IReadOnlyList<EnterpriseDto> Enterprises,
    IReadOnlyList<UserDto>? ExpertUsers)
{
    public static async Task<ProfileOptions> LoadAsync(IReferenceDataAppService referenceData, IEnterpriseAppService enterprises,
        IUserAppService users, ICurrentUser currentUser, bool withUsers, CancellationToken ct)
    {
        var list = await enterprises.GetListAsync(new GetEnterprisesInput { MaxResultCount = PagedAndSortedResultRequestDto.MaxMaxResultCount }, ct);
        // Only administrators may list users; a municipal reviewer enters the expert's user id instead.
        IReadOnlyList<UserDto>? experts = withUsers && currentUser.HasPermission(P.Users.Manage)
            ? (await users.GetListAsync(new GetUsersInput { Role = RobotPlanRoles.Expert, MaxResultCount = PagedAndSortedResultRequestDto.MaxMaxResultCount }, ct)).Items
            : null;
        return new(await referenceData.GetCategoriesAsync(ct), list.Items, experts);
    }
}
