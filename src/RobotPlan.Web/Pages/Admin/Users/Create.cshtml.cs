using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Admin.Users;

[Authorize(P.Users.Manage)]
public sealed class CreateModel(
    IUserAppService users, IReferenceDataAppService referenceData,
    IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty]
    public CreateUserDto Input { get; set; } = new();

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var user = await users.CreateAsync(Input, ct);
                TempData["Message"] = L["Admin:UserCreated", user.UserName].Value;
                return RedirectToPage("Index");
            }
            catch (Exception e) when (PageErrors.IsUserFacing(e))
            {
                ModelState.Add(e, L);
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        ViewData[UserBindingChoices.ViewDataKey] = await UserBindingChoices.LoadAsync(users, referenceData, ct);
}
