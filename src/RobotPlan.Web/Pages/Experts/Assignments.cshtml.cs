using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RobotPlan.ExpertPanels;
using RobotPlan.Localization;
using RobotPlan.SeedWork;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Experts;

/// <summary>
/// "My assignments": the panels the signed-in expert sits on. The service decides what each panel shows (other experts'
/// scores stay null until all are in) and re-checks every act; the page only offers the act the member's state allows.
/// </summary>
[Authorize(P.Catalogs.ExpertReview)]
public sealed class AssignmentsModel(IExpertPanelAppService panels, ICurrentUser currentUser, IStringLocalizer<RobotPlanResource> L)
    : PageModel
{
    public IReadOnlyList<ExpertPanelDto> Panels { get; private set; } = [];

    /// <summary>The caller's seat; after a recusal the expert may still see the panel, with the recused seat.</summary>
    public PanelMemberDto? Mine(ExpertPanelDto panel) => panel.Members.LastOrDefault(m => m.ExpertUserId == currentUser.Id);

    public async Task OnGetAsync(CancellationToken ct) => Panels = await panels.GetMyAssignmentsAsync(ct);

    public Task<IActionResult> OnPostDeclareAsync(Guid panelId, CancellationToken ct) =>
        ActAsync(() => panels.DeclareNoConflictAsync(panelId, ct), "ExpertPage:Declared", ct);

    public Task<IActionResult> OnPostRecuseAsync(Guid panelId, [FromForm(Name = "Recuse")] RecuseDto input, CancellationToken ct) =>
        ActAsync(() => panels.RecuseAsync(panelId, input, ct), "ExpertPage:Recused", ct);

    public Task<IActionResult> OnPostScoreAsync(Guid panelId, [FromForm(Name = "Score")] ScoreDto input, CancellationToken ct) =>
        ActAsync(() => panels.ScoreAsync(panelId, input, ct), "ExpertPage:Scored", ct);

    /// <summary>A refused act (wrong state, conflict, invalid scores) re-renders the list with the reason; 404/403 go to the host.</summary>
    private async Task<IActionResult> ActAsync(Func<Task<ExpertPanelDto>> act, string done, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await act();
                TempData["Message"] = L[done].Value;
                return RedirectToPage();
            }
            catch (Exception e) when (this.TryShow(e, L, "Score"))
            {
            }
        }
        await OnGetAsync(ct);
        return Page();
    }
}
