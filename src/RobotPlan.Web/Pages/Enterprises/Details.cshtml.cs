using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Enterprises;

[Authorize(P.Enterprises.Default)]
public sealed class DetailsModel(IEnterpriseAppService enterprises) : PageModel
{
    public EnterpriseDto Enterprise { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Enterprise = await enterprises.GetAsync(id, ct);
        }
        catch (EntityNotFoundException)
        {
            // Outside the reviewer's scope looks the same as missing (S-A).
            return NotFound();
        }
        return Page();
    }
}
