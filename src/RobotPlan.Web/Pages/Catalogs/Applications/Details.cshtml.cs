using A = RobotPlan.CatalogApplications.CatalogApplicationAct;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Catalogs;

/// <summary>
/// One file: its form, attachments, R-62 history, the eligibility checklist for its enterprise, and only the acts the
/// caller may take in the file's current step (the file's AllowedActions; the service checks again).
/// </summary>
[Authorize(P.Catalogs.Default)]
public sealed class ApplicationDetailsModel(ICatalogApplicationAppService applications, IReferenceDataAppService referenceData,
    IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public CatalogApplicationDto Application { get; private set; } = null!;
    public EligibilityDto? Eligibility { get; private set; }
    public IReadOnlyDictionary<Guid, string> Jurisdictions { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>Named for the upload field, so its errors show next to it.</summary>
    public IFormFile? Upload { get; set; }

    /// <summary>The form and attachments are edited while the owner may submit the file (draft or returned).</summary>
    public bool IsEditable => Application.AllowedActions.Contains(A.Submit);
    public bool HasActions => Application.AllowedActions.Count > 0;

    /// <summary>Returning and rejecting need a reason; the other acts take an optional comment.</summary>
    public static bool NeedsReason(A act) => act is A.Return or A.Reject;

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, [FromForm(Name = "Action")] CatalogTransitionDto input, CancellationToken ct) =>
        ActAsync(id, () => applications.SubmitAsync(id, input, ct), ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, [FromForm(Name = "Action")] CatalogTransitionDto input, CancellationToken ct) =>
        ActAsync(id, () => applications.WithdrawAsync(id, input, ct), ct);

    public Task<IActionResult> OnPostDistrictApproveAsync(Guid id, [FromForm(Name = "Action")] CatalogTransitionDto input,
        CancellationToken ct) => ActAsync(id, () => applications.DistrictApproveAsync(id, input, ct), ct);

    public Task<IActionResult> OnPostFormalApproveAsync(Guid id, [FromForm(Name = "Action")] CatalogTransitionDto input,
        CancellationToken ct) => ActAsync(id, () => applications.FormalApproveAsync(id, input, ct), ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, [FromForm(Name = "Action")] CatalogReasonTransitionDto input,
        CancellationToken ct) => ActAsync(id, () => applications.ReturnAsync(id, input, ct), ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, [FromForm(Name = "Action")] CatalogReasonTransitionDto input,
        CancellationToken ct) => ActAsync(id, () => applications.RejectAsync(id, input, ct), ct);

    public async Task<IActionResult> OnPostUploadAsync(Guid id, [FromForm] CatalogAttachmentKind? kind, [FromForm(Name = "Upload")] IFormFile? upload,
        CancellationToken ct)
    {
        try
        {
            if (upload is null || kind is not { } k || !Enum.IsDefined(k))
                throw new BusinessException(Errors.RobotPlanErrorCodes.UploadEmpty, "file");
            await using var content = upload.OpenReadStream();
            await applications.AddAttachmentAsync(id, k, new FileUpload(content, upload.FileName, upload.Length), ct);
            TempData["Message"] = L["CatalogPage:Uploaded"].Value;
            return RedirectToPage("Details", new { id });
        }
        catch (Exception e) when (this.TryShow(e, L, "Input"))
        {
        }
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>
    /// A refused act re-renders the file with the reasons: every failed eligibility rule, a rule's message, or the
    /// localized "changed by someone else" for a stale concurrency stamp. 404 and 403 go on to the host's handling.
    /// </summary>
    private async Task<IActionResult> ActAsync(Guid id, Func<Task<CatalogApplicationDto>> act, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var file = await act();
                TempData["Message"] = L["CatalogPage:ActionDone", L.Status(file.Status)].Value;
                return RedirectToPage("Details", new { id });
            }
            catch (NotEligibleException e)
            {
                ModelState.AddModelError(string.Empty, L.Message(e));
                foreach (var failure in e.Failures) ModelState.AddModelError(string.Empty, L[failure.ReasonCode].Value);
            }
            catch (BusinessException e)
            {
                ModelState.AddModelError(string.Empty, L.Message(e));
            }
            catch (ConcurrencyConflictException)
            {
                ModelState.AddModelError(string.Empty, L[Errors.RobotPlanErrorCodes.ConcurrencyConflict].Value);
            }
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Application = await applications.GetAsync(id, ct);
        if (IsEditable) Eligibility = await applications.GetEligibilityAsync(id, ct);
        Jurisdictions = (await referenceData.GetJurisdictionsAsync(ct)).ToDictionary(j => j.Id, j => j.LocalName());
    }
}
