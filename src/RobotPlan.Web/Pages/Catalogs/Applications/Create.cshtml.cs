using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Catalogs;

/// <summary>
/// An enterprise picks one of its products and fills the batch's catalog form; the draft is saved with its attachments and
/// the details page then shows the eligibility checklist before submitting (the check needs the saved draft).
/// </summary>
[Authorize(P.Catalogs.Apply)]
public sealed class ApplicationCreateModel(ICatalogBatchAppService batches, ICatalogApplicationAppService applications,
    IProductAppService products, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public const string AttachmentPrefix = "Attachment.";
    private const int BlankRows = 3;
    private const int MaxProducts = 200;

    [BindProperty(SupportsGet = true)]
    public Guid BatchId { get; set; }

    [BindProperty]
    public CreateCatalogApplicationDto Input { get; set; } = new();

    public CatalogBatchDto Batch { get; private set; } = null!;
    public IReadOnlyList<ProductDto> Products { get; private set; } = [];

    /// <summary>
    /// The files a refused post carried, by kind (issue #16 item 7): a browser never refills a file input, so the page
    /// names each file to choose again rather than dropping it silently (no draft exists yet to keep them on).
    /// </summary>
    public IReadOnlyDictionary<CatalogAttachmentKind, string> FilesToChooseAgain { get; private set; } =
        new Dictionary<CatalogAttachmentKind, string>();

    /// <summary>The kinds the eligibility rule requires for this catalog, then "other".</summary>
    public IReadOnlyList<CatalogAttachmentKind> AttachmentKinds =>
        [.. CatalogEligibilityChecker.RequiredAttachments(Batch.Catalog), CatalogAttachmentKind.Other];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        PrepareForm();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        PrepareForm();
        DropBlankRows();
        ModelState.Clear();
        if (TryValidateModel(Input, "Input"))
        {
            try
            {
                var created = await applications.CreateAsync(Input, ct);
                var failed = await AttachAsync(created.Id, ct);
                if (failed.Count > 0) TempData["Error"] = string.Join(" ", failed);
                TempData["Message"] = L["CatalogPage:DraftCreated"].Value;
                return RedirectToPage("Details", new { id = created.Id });
            }
            catch (Exception e) when (this.TryShow(e, L, "Input"))
            {
            }
        }
        PrepareForm();
        FilesToChooseAgain = PostedAttachments().ToDictionary(a => a.Kind, a => a.File.FileName);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Batch = await batches.GetAsync(BatchId, ct);
        // An enterprise user's product list is its own enterprise's (the service scopes it).
        Products = (await products.GetListAsync(new GetProductsInput { MaxResultCount = MaxProducts }, ct)).Items;
        Input.BatchId = BatchId;
    }

    /// <summary>Only the batch's catalog form is posted; the other one stays null (the service refuses a mismatch).</summary>
    private void PrepareForm()
    {
        if (Batch.Catalog == CatalogKind.FirstUnit)
        {
            Input.KeyProcurement = null;
            Input.FirstUnit ??= new FirstUnitFormDto();
            while (Input.FirstUnit.Indicators.Count < BlankRows) Input.FirstUnit.Indicators.Add(new TechnicalIndicatorDto());
            while (Input.FirstUnit.Patents.Count < BlankRows) Input.FirstUnit.Patents.Add(new PatentDto());
        }
        else
        {
            Input.FirstUnit = null;
            Input.KeyProcurement ??= new KeyProcurementFormDto();
        }
    }

    private void DropBlankRows()
    {
        if (Input.FirstUnit is not { } form) return;
        form.Indicators = form.Indicators.Where(i => !string.IsNullOrWhiteSpace(i.Name) || !string.IsNullOrWhiteSpace(i.Value)).ToList();
        form.Patents = form.Patents.Where(p => !string.IsNullOrWhiteSpace(p.Number) || !string.IsNullOrWhiteSpace(p.Title)).ToList();
    }

    /// <summary>The draft is saved already: a refused file is reported on the details page, where it can be uploaded again.</summary>
    private async Task<List<string>> AttachAsync(Guid id, CancellationToken ct)
    {
        var failed = new List<string>();
        foreach (var (kind, file) in PostedAttachments())
        {
            try
            {
                await using var content = file.OpenReadStream();
                await applications.AddAttachmentAsync(id, kind, new FileUpload(content, file.FileName, file.Length), ct);
            }
            catch (BusinessException e)
            {
                failed.Add($"{L.Attachment(kind)}: {L.Message(e)}");
            }
        }
        return failed;
    }

    private IEnumerable<(CatalogAttachmentKind Kind, IFormFile File)> PostedAttachments()
    {
        foreach (var file in Request.Form.Files.Where(f => f.Length > 0 && f.Name.StartsWith(AttachmentPrefix, StringComparison.Ordinal)))
        {
            if (Enum.TryParse<CatalogAttachmentKind>(file.Name[AttachmentPrefix.Length..], out var kind) && Enum.IsDefined(kind))
                yield return (kind, file);
        }
    }
}
