namespace RobotPlan.Web.Pages.Experts;

/// <summary>
/// Experts' fields as readers know them: an expert's fields are category codes (IR-WELD, R-14's draw matches them to the
/// product's category); pages show the category's name in the reader's language, the code only for an unknown one.
/// </summary>
public sealed class ExpertFieldNames(IReadOnlyDictionary<string, string> names, string separator)
{
    public static readonly ExpertFieldNames None = new(new Dictionary<string, string>(), ", ");

    public static async Task<ExpertFieldNames> LoadAsync(IReferenceDataAppService referenceData, IStringLocalizer L, CancellationToken ct) =>
        new((await referenceData.GetCategoriesAsync(ct)).ToDictionary(c => c.Code, c => c.LocalName()), L["Common:ListSeparator"].Value);

    public string Of(IEnumerable<string> codes) => string.Join(separator, codes.Select(code => names.GetValueOrDefault(code, code)));
}
