using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Experts.Profiles;

[Authorize(P.Catalogs.ManageExperts)]
public sealed class CreateModel(IExpertAppService experts, IReferenceDataAppService referenceData, IEnterpriseAppService enterprises,
    IUserAppService users, ICurrentUser currentUser, IStringLocalizer<RobotPlanResource> L) : PageModel, IProfileForm
{
    public CreateExpertProfileDto Input { get; set; } = new();
    public ProfileOptions Options { get; private set; } = null!;
    public ExpertProfileInputDto Form => Input;

    public async Task OnGetAsync(CancellationToken ct) => Options = await LoadOptionsAsync(ct);

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Input")] CreateExpertProfileDto input, CancellationToken ct)
    {
        Input = input;
        if (ModelState.IsValid)
        {
            try
            {
                await experts.CreateAsync(input, ct);
                TempData["Message"] = L["ExpertPage:ProfileSaved"].Value;
                return RedirectToPage("Index");
            }
            catch (Exception e) when (this.TryShow(e, L, "Input"))
            {
            }
        }
        Options = await LoadOptionsAsync(ct);
        return Page();
    }

    private Task<ProfileOptions> LoadOptionsAsync(CancellationToken ct) =>
        ProfileOptions.LoadAsync(referenceData, enterprises, users, currentUser, withUsers: true, ct);
}
