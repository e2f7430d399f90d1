using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Enterprises;

[Authorize(P.Enterprises.EditOwn)]
public sealed class MineModel(IEnterpriseAppService enterprises, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty]
    public MineInput Input { get; set; } = new();

    public EnterpriseDto Enterprise { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Enterprise = await enterprises.GetMineAsync(ct);
        Input = MineInput.From(Enterprise);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Enterprise = await enterprises.GetMineAsync(ct);
        if (!ModelState.IsValid) return Page();
        try
        {
            await enterprises.UpdateAsync(Enterprise.Id, Input.ToDto(), ct);
        }
        catch (Exception e) when (PageErrors.IsUserFacing(e))
        {
            ModelState.Add(e, L, MineInput.Fields);
            return Page();
        }
        TempData["Message"] = L["Enterprises:Saved"].Value;
        return RedirectToPage();
    }
}
