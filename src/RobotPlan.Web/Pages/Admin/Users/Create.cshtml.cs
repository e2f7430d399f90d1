using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Admin.Users;

[Authorize(P.Users.Manage)]
public sealed class CreateModel(
    IUserAppService users, IEnterpriseAppService enterprises, IReferenceDataAppService referenceData,
    IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty]
    public CreateUserDto Input { get; set; } = new();

    public IReadOnlyList<EnterpriseDto> Enterprises { get; private set; } = [];
    public IReadOnlyList<JurisdictionDto> Jurisdictions { get; private set; } = [];
    public IReadOnlyList<OrganizationDto> TestingBodies { get; private set; } = [];

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

    private async Task LoadAsync(CancellationToken ct)
    {
        Enterprises = (await enterprises.GetListAsync(new GetEnterprisesInput { MaxResultCount = 1000 }, ct)).Items;
        Jurisdictions = await referenceData.GetJurisdictionsAsync(ct);
        TestingBodies = (await referenceData.GetTestingBodiesAsync(ct)).Where(b => b.IsActive).ToList();
    }
}
