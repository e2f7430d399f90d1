using RobotPlan.Credit;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Credit;

/// <summary>信用档案 for the people who keep and read it: list, add, end, correct, import and export.</summary>
[Authorize(P.Credit.Default)]
public sealed class RecordsModel(ICreditRecordAppService credit, IAuthorizationService authorization, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public GetCreditRecordsInput Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>
    /// The add form, prefilled from ?subjectKind=&amp;subjectId= or &amp;subjectSearch= (a USCC, from the enterprise page). Bound only by its own handler: a page-wide [BindProperty]
    /// would fall back to unprefixed names and validate the row forms' posts against it.
    /// </summary>
    public CreateCreditRecordDto Input { get; set; } = new();

    /// <summary>What the reviewer typed to name the subject: a USCC or part of a name (kept on an error).</summary>
    public string? SubjectSearch { get; set; }

    public PagedResultDto<CreditRecordDto> Result { get; private set; } = new(0, []);
    public CreditImportReportDto? ImportReport { get; private set; }
    public bool CanManage { get; private set; }
    public Pager Pager => new(Result.TotalCount, PageNumber, PageSize, Request);

    public async Task<IActionResult> OnGetAsync(CreditSubjectKind? subjectKind, Guid? subjectId, string? subjectSearch, CancellationToken ct)
    {
        if (PageNumber < 1) return RedirectToPage();
        Input.SubjectKind = subjectKind;
        Input.SubjectId = subjectId;
        SubjectSearch = subjectSearch;
        Input.DocumentDate = Input.EffectiveFrom = DateOnly.FromDateTime(DateTime.Today);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync([Bind(Prefix = "Input")] CreateCreditRecordDto input, string? subjectSearch, CancellationToken ct)
    {
        Input = input;
        SubjectSearch = subjectSearch;
        if (Input.SubjectId is null && Input.SubjectKind is { } kind && ModelState.IsValid) await PickSubjectAsync(kind, subjectSearch, ct);
        return await this.SaveOrShowAsync(() => credit.CreateAsync(Input, ct), L, () => LoadAsync(ct));
    }

    /// <summary>The options of the subject search field (htmx): name, USCC and a product's maker.</summary>
    public async Task<IActionResult> OnGetSubjectsAsync([Bind(Prefix = "Input")] CreateCreditRecordDto input, string? subjectSearch,
        CancellationToken ct)
    {
        if (input.SubjectKind is not { } kind || string.IsNullOrWhiteSpace(subjectSearch) || subjectSearch.Length > 64)
            return Partial("_SubjectOptions", Array.Empty<CreditSubjectDto>());
        return Partial("_SubjectOptions", await credit.GetSubjectsAsync(new() { SubjectKind = kind, Keyword = subjectSearch }, ct));
    }

    /// <summary>
    /// A typed USCC goes to the service as is (it checks R-1 and names the field); a name must match one subject of the
    /// kind — exactly, or as the only hit — else the reviewer is told which ones matched.
    /// </summary>
    private async Task PickSubjectAsync(CreditSubjectKind kind, string? search, CancellationToken ct)
    {
        var term = search?.Trim() ?? "";
        if (term.Length == 0) return; // the service answers SubjectRequired
        if (kind != CreditSubjectKind.Product && LooksLikeUscc(term))
        {
            Input.SubjectUscc = term;
            return;
        }
        var hits = term.Length > 64 ? [] : await credit.GetSubjectsAsync(new() { SubjectKind = kind, Keyword = term }, ct);
        var exact = hits.Where(h => string.Equals(h.Name, term, StringComparison.OrdinalIgnoreCase)).ToList();
        var pick = exact.Count == 1 ? exact : hits;
        if (pick.Count == 1) Input.SubjectId = pick[0].Id;
        else if (pick.Count == 0) ModelState.AddModelError(nameof(SubjectSearch), L["Credit:SubjectNoMatch", term, L["Credit:SubjectKind." + kind]]);
        else ModelState.AddModelError(nameof(SubjectSearch),
            L["Credit:SubjectAmbiguous", pick.Count, term, string.Join("、", pick.Take(5).Select(h => h.Name))]);
    }

    /// <summary>18 letters and digits: meant as a USCC, so a wrong one is reported as a wrong USCC rather than as an unknown name.</summary>
    private static bool LooksLikeUscc(string term) => term.Length == RobotPlan.Enterprises.Uscc.Length && term.All(char.IsAsciiLetterOrDigit);

    public async Task<IActionResult> OnPostEndAsync(Guid id, EndCreditRecordDto end, CancellationToken ct)
    {
        return await this.SaveOrShowAsync(() => credit.EndAsync(id, end, ct), L, () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid id, [Bind(Prefix = "correct")] CorrectCreditRecordDto correct, CancellationToken ct)
    {
        return await this.SaveOrShowAsync(() => credit.CorrectAsync(id, correct, ct), L, () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? upload, CancellationToken ct)
    {
        if (upload is null) ModelState.AddModelError("Upload", L["RobotPlan:Credit.ImportFileInvalid", CreditConsts.MaxImportRows].Value);
        else
        {
            try
            {
                await using var stream = upload.OpenReadStream();
                ImportReport = await credit.ImportAsync(new FileUpload(stream, upload.FileName, upload.Length), ct);
            }
            catch (BusinessException e)
            {
                ModelState.Add(e, L, new Dictionary<string, string> { ["file"] = "Upload" });
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanManage = (await authorization.AuthorizeAsync(User, P.Credit.Manage)).Succeeded;
        Filter.SkipCount = (Math.Max(PageNumber, 1) - 1) * PageSize;
        Filter.MaxResultCount = PageSize;
        Result = await credit.GetListAsync(Filter, ct);
    }
}
