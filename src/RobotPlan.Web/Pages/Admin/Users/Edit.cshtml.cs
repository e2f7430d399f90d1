using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Admin.Users;

/// <summary>
/// The security administrator changes a user's role and binding together (the binding a role needs, domain.md §2);
/// the change is in the audit log with the old and new values, and the user's sessions take it within a minute.
/// </summary>
[Authorize(P.Users.ManageSecurity)]
public sealed class EditModel(
    IUserAppService users, IReferenceDataAppService referenceData, ICurrentUser currentUser,
    IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty]
    public ChangeRoleDto Input { get; set; } = new();

    public UserDto Account { get; private set; } = null!;

    /// <summary>三员分立: one's own roles are another administrator's decision (the app service refuses it too).</summary>
    public bool IsOwnAccount => Account.Id == currentUser.Id;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Input = new ChangeRoleDto
        {
            Role = Account.Roles.FirstOrDefault() ?? "", EnterpriseId = Account.EnterpriseId, JurisdictionId = Account.JurisdictionId,
            TestingBodyId = Account.TestingBodyId,
        };
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var changed = await users.ChangeRoleAsync(id, Input, ct);
                TempData["Message"] = L["Admin:RoleChanged"].Value;
                return RedirectToPage("Index", new { Keyword = changed.UserName });
            }
            catch (Exception e) when (PageErrors.IsUserFacing(e))
            {
                ModelState.Add(e, L);
            }
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Account = await users.GetAsync(id, ct);
        ViewData[UserBindingChoices.ViewDataKey] = await UserBindingChoices.LoadAsync(users, referenceData, ct);
    }
}
