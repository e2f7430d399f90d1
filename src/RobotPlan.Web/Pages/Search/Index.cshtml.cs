namespace RobotPlan.Web.Pages.Search;

/// <summary>Buyer search, anonymous; htmx swaps only the results when a filter changes.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitSetup.PublicSearch)]
public sealed class IndexModel(IListingSearchAppService search) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Keyword { get; set; }
    [BindProperty(SupportsGet = true)] public CatalogKind? Catalog { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Jurisdiction { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public ListingSearchResultDto Result { get; private set; } = new(0, [], new([], [], []));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // A hand-edited query string shows the first page or no filter, never an error.
        PageNumber = Math.Clamp(PageNumber, 1, 10_000 / PageSize);
        Keyword = Keyword?.Trim() is { Length: > 0 } k ? k[..Math.Min(k.Length, 100)] : null;
        if (Category is { Length: > 32 }) Category = null;
        if (!ModelState.IsValid) Catalog = null;
        Result = await search.SearchAsync(Input(), ct);
        return Request.Headers.ContainsKey("HX-Request") ? Partial("_Results", this) : Page();
    }

    public SearchListingsInput Input() => new()
    {
        Keyword = Keyword, Catalog = Catalog, Category = Category, Jurisdiction = Jurisdiction,
        SkipCount = (PageNumber - 1) * PageSize, MaxResultCount = PageSize,
    };

    public Pager Pager => new(Result.TotalCount, PageNumber, PageSize, Request);

    /// <summary>This search with one filter changed (facet links), back on page 1.</summary>
    public string With(string name, string? value)
    {
        var query = Request.Query.Where(q => q.Key != name && q.Key != nameof(PageNumber))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
        if (value is not null) query = query.Append(new(name, value));
        return "/search" + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }

    /// <summary>The criteria (not the page) for saving this search.</summary>
    public string SaveSearchQuery => Microsoft.AspNetCore.Http.QueryString.Create(
        Request.Query.Where(q => q.Key != nameof(PageNumber)).SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))).ToString();

    public string ExportUrl => "/api/public/listings/export" + Microsoft.AspNetCore.Http.QueryString.Create(
        Request.Query.Where(q => q.Key != nameof(PageNumber)).SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))));
}
