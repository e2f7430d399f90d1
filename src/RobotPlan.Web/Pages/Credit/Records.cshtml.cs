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
    /// The add form, prefilled from ?subjectKind=&amp;subjectId=. Bound only by its own handler: a page-wide [BindProperty]
    /// would fall back to unprefixed names and validate the row forms' posts against it.
    /// </summary>
    public CreateCreditRecordDto Input { get; set; } = new();

    public PagedResultDto<CreditRecordDto> Result { get; private set; } = new(0, []);
    public CreditImportReportDto? ImportReport { get; private set; }
    public bool CanManage { get; private set; }
    public Pager Pager => new(Result.TotalCount, PageNumber, PageSize, Request);

    public async Task<IActionResult> OnGetAsync(CreditSubjectKind? subjectKind, Guid? subjectId, CancellationToken ct)
    {
        if (PageNumber < 1) return RedirectToPage();
        Input.SubjectKind = subjectKind;
        Input.SubjectId = subjectId;
        Input.DocumentDate = Input.EffectiveFrom = DateOnly.FromDateTime(DateTime.Today);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync([Bind(Prefix = "Input")] CreateCreditRecordDto input, CancellationToken ct)
    {
        Input = input;
        return await this.SaveOrShowAsync(() => credit.CreateAsync(Input, ct), L, () => LoadAsync(ct));
    }

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
