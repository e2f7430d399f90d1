using RobotPlan.Web.Pages.Experts;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Notices;

/// <summary>The municipal reviewer resolves open objections: uphold (the file is rejected) or dismiss, each with a reason .</summary>
[Authorize(P.Catalogs.MunicipalReview)]
public sealed class ObjectionsModel(IPublicNoticeAppService notices, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public IReadOnlyList<ObjectionDto> Objections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Objections = await notices.GetOpenObjectionsAsync(ct);

    public Task<IActionResult> OnPostUpholdAsync(Guid objectionId, [FromForm(Name = "Resolve")] ResolveObjectionDto input, CancellationToken ct) =>
        ResolveAsync(() => notices.UpholdAsync(objectionId, input, ct), ct);

    public Task<IActionResult> OnPostDismissAsync(Guid objectionId, [FromForm(Name = "Resolve")] ResolveObjectionDto input, CancellationToken ct) =>
        ResolveAsync(() => notices.DismissAsync(objectionId, input, ct), ct);

    private async Task<IActionResult> ResolveAsync(Func<Task<ObjectionDto>> resolve, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var objection = await resolve();
                TempData["Message"] = L["ExpertPage:ObjectionResolved", L.Objection(objection.Status)].Value;
                return RedirectToPage();
            }
            catch (Exception e) when (this.TryShow(e, L, "Resolve"))
            {
            }
        }
        await OnGetAsync(ct);
        return Page();
    }
}
