using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Enterprises;

/// <summary>Reviewers, finance and administrators; the app service limits district reviewers to their own jurisdiction.</summary>
[Authorize(P.Enterprises.Default)]
public sealed class IndexModel(
    IEnterpriseAppService enterprises, IReferenceDataAppService referenceData, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true), StringLength(128)]
    public string? Keyword { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? JurisdictionId { get; set; }

    [BindProperty(SupportsGet = true), Range(1, 100_000)]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public GrantCrossRegionExemptionDto Exemption { get; set; } = new();

    public PagedResultDto<EnterpriseDto> Result { get; private set; } = new(0, []);
    public IReadOnlyList<JurisdictionDto> Jurisdictions { get; private set; } = [];
    public Pager Pager => new(Result.TotalCount, PageNumber, PageSize, Request);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Filters are not bound on POST; a bad query value just shows the first page unfiltered.
        if (!ModelState.IsValid) return RedirectToPage();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostExemptionAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var granted = await enterprises.GrantCrossRegionExemptionAsync(Exemption, ct);
                TempData["Message"] = L["Enterprises:ExemptionGranted", granted.Uscc].Value;
                return RedirectToPage();
            }
            catch (Exception e) when (PageErrors.IsUserFacing(e))
            {
                ModelState.Add(e, L, new Dictionary<string, string> { ["uscc"] = "Exemption.Uscc", ["reason"] = "Exemption.Reason" });
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Jurisdictions = await referenceData.GetJurisdictionsAsync(ct);
        Result = await enterprises.GetListAsync(new GetEnterprisesInput
        {
            Keyword = Keyword, JurisdictionId = JurisdictionId, SkipCount = (PageNumber - 1) * PageSize, MaxResultCount = PageSize,
        }, ct);
    }
}
