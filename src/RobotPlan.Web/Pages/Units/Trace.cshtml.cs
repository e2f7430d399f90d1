using RobotPlan.Units;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Units;

/// <summary>A serial number's trace on one page, with the incident form and the reviewer's one-step suspension.</summary>
[Authorize(P.Units.Default)]
public sealed class TraceModel(IProductUnitAppService units, IAuthorizationService authorization, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public UnitTraceDto Trace { get; private set; } = null!;
    public bool CanReport { get; private set; }
    public bool CanSuspend { get; private set; }

    /// <summary>The incident form's values (bound only by its own handler, so the suspension form is not validated against it).</summary>
    public ReportIncidentDto Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReportAsync(Guid id, [Bind(Prefix = "Input")] ReportIncidentDto input, IFormFile? upload, CancellationToken ct)
    {
        Input = input;
        if (ModelState.IsValid)
        {
            try
            {
                await using var stream = upload?.OpenReadStream();
                await units.ReportIncidentAsync(id, Input, upload is null ? null : new FileUpload(stream!, upload.FileName, upload.Length), ct);
                TempData["Message"] = L["Common:Saved"].Value;
                return RedirectToPage(new { id });
            }
            catch (Exception e) when (this.TryShow(e, L, "Input"))
            {
            }
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostSuspendAsync(Guid id, Guid incidentId, SuspendForIncidentDto suspend, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await units.SuspendListingsAsync(id, incidentId, suspend, ct);
                TempData["Message"] = L["Common:Saved"].Value;
                return RedirectToPage(new { id });
            }
            catch (Exception e) when (this.TryShow(e, L, "suspend"))
            {
            }
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Trace = await units.TraceAsync(id, ct);
        }
        catch (EntityNotFoundException)
        {
            return false;
        }
        CanReport = (await authorization.AuthorizeAsync(User, P.Units.ReportIncident)).Succeeded;
        CanSuspend = (await authorization.AuthorizeAsync(User, P.Catalogs.ManageListings)).Succeeded;
        return true;
    }
}
