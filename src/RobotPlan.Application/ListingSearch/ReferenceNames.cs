namespace RobotPlan.ListingSearch;

/// <summary>
/// Category and jurisdiction names for search results and facets (small tables, read whole). Immutable once loaded:
/// <see cref="ReferenceNamesCache"/> shares one instance between requests. What a person reads (results, facets, the
/// listing page, the Excel export) names categories and districts in the current culture (issue #16 item 6); the official and open
/// data (certificates, CSV/JSON) keep the Chinese names, whatever the request's language.
/// </summary>
public sealed class ReferenceNames
{
    private readonly Dictionary<string, (string Chinese, string English)> _categories;
    private readonly Dictionary<Guid, (string Chinese, string English)> _jurisdictions;

    private ReferenceNames(Dictionary<string, (string, string)> categories, Dictionary<Guid, (string, string)> jurisdictions)
    {
        _categories = categories;
        _jurisdictions = jurisdictions;
    }

    public static async Task<ReferenceNames> LoadAsync(IReferenceDataRepository referenceData, CancellationToken ct) =>
        new((await referenceData.GetCategoriesAsync(ct)).ToDictionary(c => c.Code, c => (c.Name, c.NameEn)),
            (await referenceData.GetJurisdictionsAsync(ct)).ToDictionary(j => j.Id, j => (j.Name, j.NameEn)));

    /// <summary>The category's Chinese name: the official one, for documents and open data.</summary>
    public string? Category(string code) => _categories.TryGetValue(code, out var name) ? name.Chinese : null;

    /// <summary>The category's name in the current UI culture (English where the culture is English).</summary>
    public string? LocalCategory(string code) =>
        _categories.TryGetValue(code, out var name) ? BilingualName.Local(name.Chinese, name.English) : null;

    /// <summary>The district's Chinese name: the official one, for documents and open data.</summary>
    public string? Jurisdiction(Guid id) => _jurisdictions.TryGetValue(id, out var name) ? name.Chinese : null;

    /// <summary>The district's name in the current UI culture.</summary>
    public string? LocalJurisdiction(Guid id) =>
        _jurisdictions.TryGetValue(id, out var name) ? BilingualName.Local(name.Chinese, name.English) : null;

    public ListingSearchItemDto ToItem(ListingSearchRow l) => new(l.Number, l.Catalog, l.ProductName, l.ProductModel, l.CategoryCode,
        LocalCategory(l.CategoryCode), l.EnterpriseId, l.EnterpriseName, l.JurisdictionId, LocalJurisdiction(l.JurisdictionId), l.ValidFrom, l.ValidTo);

    /// <summary>Each facet counts the whole matching set, most frequent first.</summary>
    public ListingFacetsDto ToFacets(IReadOnlyList<ListingFacetRow> rows) => new(
        Facet(rows, r => r.CategoryCode, LocalCategory),
        Facet(rows, r => r.Catalog.ToString(), _ => null),
        Facet(rows, r => r.JurisdictionId, id => id.ToString(), LocalJurisdiction));

    private static List<FacetCountDto> Facet(IReadOnlyList<ListingFacetRow> rows, Func<ListingFacetRow, string> key, Func<string, string?> name) =>
        Facet(rows, key, k => k, name);

    private static List<FacetCountDto> Facet<TKey>(IReadOnlyList<ListingFacetRow> rows, Func<ListingFacetRow, TKey> key, Func<TKey, string> value,
        Func<TKey, string?> name) where TKey : notnull =>
        rows.GroupBy(key).Select(g => new FacetCountDto(value(g.Key), name(g.Key), g.Sum(r => r.Count)))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
}
