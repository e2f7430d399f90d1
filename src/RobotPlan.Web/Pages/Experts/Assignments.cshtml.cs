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

    /// <summary>The scores as posted: a refused form shows them again instead of blanks (issue 19 finding 5).</summary>
    public (Guid PanelId, ScoreDto Input)? PostedScores { get; private set; }

    /// <summary>Which cells of the posted form are wrong, so they are marked where the expert typed them.</summary>
    public HashSet<string> InvalidCells { get; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Panels = await panels.GetMyAssignmentsAsync(ct);

    public Task<IActionResult> OnPostDeclareAsync(Guid panelId, CancellationToken ct) =>
        ActAsync(() => panels.DeclareNoConflictAsync(panelId, ct), "ExpertPage:Declared", ct);

    public Task<IActionResult> OnPostRecuseAsync(Guid panelId, [FromForm(Name = "Recuse")] RecuseDto input, CancellationToken ct) =>
        ActAsync(() => panels.RecuseAsync(panelId, input, ct), "ExpertPage:Recused", ct);

    public Task<IActionResult> OnPostScoreAsync(Guid panelId, [FromForm(Name = "Score")] ScoreDto input, CancellationToken ct)
    {
        PostedScores = (panelId, input);
        NameRowsOfErrors(input);
        return ActAsync(() => panels.ScoreAsync(panelId, input, ct), "ExpertPage:Scored", ct);
    }

    /// <summary>"评语 为必填项" four times names no row: each message is restated with its row and criterion, the cell kept marked.</summary>
    private void NameRowsOfErrors(ScoreDto input)
    {
        foreach (var (key, entry) in ModelState.Where(e => e.Key.StartsWith("Score.Scores[", StringComparison.Ordinal)).ToList())
        {
            if (entry is null || entry.Errors.Count == 0) continue;
            var index = int.Parse(key.AsSpan("Score.Scores[".Length, key.IndexOf(']') - "Score.Scores[".Length));
            var criterion = input.Scores.ElementAtOrDefault(index)?.Criterion ?? "";
            foreach (var error in entry.Errors) ModelState.AddModelError(string.Empty, L["ExpertPage:RowError", index + 1, criterion, error.ErrorMessage]);
            entry.Errors.Clear();
            InvalidCells.Add(key);
        }
    }

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
