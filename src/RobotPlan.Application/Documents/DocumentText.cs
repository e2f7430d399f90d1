using System.Globalization;
using Microsoft.Extensions.Localization;
using RobotPlan.CatalogListings;
using RobotPlan.Localization;

namespace RobotPlan.Documents;

/// <summary>The shared wording of documents in the current culture: dates, money, catalog names, authorities.</summary>
public sealed class DocumentText(IStringLocalizer<RobotPlanResource> localizer)
{
    public string this[string key] => localizer[key];
    public string this[string key, params object[] arguments] => localizer[key, arguments];

    public DocumentFieldDto Field(string key, string? value) => new(localizer[key], string.IsNullOrWhiteSpace(value) ? "—" : value);

    public string Catalog(CatalogKind catalog) => localizer["Listing:Catalog." + catalog];

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateTime utc) => Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Timing.BusinessCalendarClock.TimeZone)));

    public string Validity(DateOnly from, DateOnly to) => localizer["Document:Range", Date(from), Date(to)];

    public string Yuan(decimal amount) => localizer["Document:Yuan", amount.ToString("N2", CultureInfo.InvariantCulture)];

    public DocumentContentDto Content(DocumentKind kind, string authorityKey, string title, IReadOnlyList<DocumentFieldDto> fields,
        DocumentTableDto? table = null, string? noteKey = null) =>
        new(kind, DocumentIssuer.CultureName, localizer[authorityKey], title, fields, table, noteKey is null ? null : localizer[noteKey].Value);
}
