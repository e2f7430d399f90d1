using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Experts.Profiles;

[Authorize(P.Catalogs.ManageExperts)]
public sealed class EditModel(IExpertAppService experts, IReferenceDataAppService referenceData, IEnterpriseAppService enterprises,
    IUserAppService users, ICurrentUser currentUser, IStringLocalizer<RobotPlanResource> L) : PageModel, IProfileForm
{
    public UpdateExpertProfileDto Input { get; set; } = new();
    public ExpertProfileDto Profile { get; private set; } = null!;
    public ProfileOptions Options { get; private set; } = null!;
    public ExpertProfileInputDto Form => Input;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Input = new UpdateExpertProfileDto
        {
            Fields = [.. Profile.Fields], EmployerEnterpriseId = Profile.EmployerEnterpriseId, EmployerName = Profile.EmployerName,
            ConflictEnterpriseIds = [.. Profile.ConflictEnterpriseIds], ConcurrencyStamp = Profile.ConcurrencyStamp,
        };
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromForm(Name = "Input")] UpdateExpertProfileDto input, CancellationToken ct)
    {
        Input = input;
        if (ModelState.IsValid)
        {
            try
            {
                await experts.UpdateAsync(id, input, ct);
                TempData["Message"] = L["ExpertPage:ProfileSaved"].Value;
                return RedirectToPage("Index");
            }
            catch (Exception e) when (this.TryShow(e, L, "Input"))
            {
            }
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Profile = await experts.GetAsync(id, ct);
        Options = await ProfileOptions.LoadAsync(referenceData, enterprises, users, currentUser, withUsers: false, ct);
    }
}
