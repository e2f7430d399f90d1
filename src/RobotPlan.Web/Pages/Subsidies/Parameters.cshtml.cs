using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Subsidies;

/// <summary>
/// A programme's parameter versions (issue #19 finding 7): every version with its effective time and reason, in the
/// programme's own kind's terms; finance and administrators try new values on an example claim, then save them as the
/// next version. Earlier decisions keep the version they used.
/// </summary>
[Authorize(P.Subsidies.Default)]
public sealed class ParametersModel(ISubsidyProgramAppService programs, ICurrentUser currentUser, IStringLocalizer<RobotPlanResource> L)
    : PageModel
{
    public SubsidyProgramDto Program { get; private set; } = null!;

    [BindProperty] public ParametersForm Input { get; set; } = new();

    public SubsidyParameterPreviewDto? Preview { get; private set; }

    public bool CanManage => currentUser.HasPermission(P.Subsidies.ManagePrograms);

    public IReadOnlyList<string> Fields => SubsidyParametersDto.FieldsOf(Program.Kind);

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Program = await programs.GetAsync(id, ct);
        Input = ParametersForm.From(Program.CurrentParameters.Values);
    }

    public async Task<IActionResult> OnPostPreviewAsync(Guid id, CancellationToken ct)
    {
        Program = await programs.GetAsync(id, ct);
        if (!ModelState.IsValid) return Page();
        try
        {
            Preview = await programs.PreviewParametersAsync(id, Input.ToPreview(), ct);
        }
        catch (Exception e) when (e is BusinessException)
        {
            ModelState.Add(e, L, ParametersForm.Fields);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(Guid id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Input.Reason)) ModelState.AddModelError("Input.Reason", L["Subsidy:ParameterReasonRequired"]);
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await programs.ChangeParametersAsync(id, new ChangeSubsidyParametersDto { Parameters = Input.ToDto(), Reason = Input.Reason! }, ct);
                TempData["Message"] = L["Subsidy:ParameterVersionSaved", saved.CurrentParameters.Version].Value;
                return RedirectToPage(new { id });
            }
            catch (Exception e) when (e is BusinessException)
            {
                ModelState.Add(e, L, ParametersForm.Fields);
            }
        }
        Program = await programs.GetAsync(id, ct);
        return Page();
    }
}
