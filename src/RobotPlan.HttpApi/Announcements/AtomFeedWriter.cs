using System.Globalization;
using System.Xml;

namespace RobotPlan.Announcements;

/// <summary>
/// The announcements as an Atom 1.0 feed (RFC 4287), written directly: one entry per public announcement, its id a
/// tag: URI that never changes, its link the portal page.
/// </summary>
public static class AtomFeedWriter
{
    public const string ContentType = "application/atom+xml";
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static async Task WriteAsync(Stream output, string baseUrl, string title, IReadOnlyList<AnnouncementDto> items, DateTime now,
        CancellationToken ct)
    {
        baseUrl = baseUrl.TrimEnd('/');
        await using var w = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        await w.WriteStartDocumentAsync();
        await w.WriteStartElementAsync(null, "feed", Atom);
        await w.WriteElementStringAsync(null, "id", Atom, $"{baseUrl}/announcements");
        await w.WriteElementStringAsync(null, "title", Atom, title);
        await w.WriteElementStringAsync(null, "updated", Atom, Stamp(items.Count > 0 ? items.Max(Updated) : now));
        await LinkAsync(w, "self", $"{baseUrl}/announcements/feed.atom");
        await LinkAsync(w, "alternate", $"{baseUrl}/announcements");
        // Issue 17: one subscription also finds the catalogs' open data (the listings in force today; per year on the open-data page).
        foreach (var (href, type) in OpenDataLinks)
            await LinkAsync(w, "related", baseUrl + href, type);
        await w.WriteStartElementAsync(null, "author", Atom);
        await w.WriteElementStringAsync(null, "name", Atom, title);
        await w.WriteEndElementAsync();
        foreach (var a in items)
        {
            ct.ThrowIfCancellationRequested();
            await w.WriteStartElementAsync(null, "entry", Atom);
            await w.WriteElementStringAsync(null, "id", Atom, $"urn:uuid:{a.Id}");
            await w.WriteElementStringAsync(null, "title", Atom, a.Title);
            await w.WriteElementStringAsync(null, "published", Atom, Stamp(a.PublishAt));
            await w.WriteElementStringAsync(null, "updated", Atom, Stamp(Updated(a)));
            await LinkAsync(w, "alternate", $"{baseUrl}/announcements/{a.Id}");
            await w.WriteStartElementAsync(null, "category", Atom);
            await w.WriteAttributeStringAsync(null, "term", null, a.Kind.ToString());
            await w.WriteEndElementAsync();
            await w.WriteStartElementAsync(null, "summary", Atom);
            await w.WriteAttributeStringAsync(null, "type", null, "text");
            await w.WriteStringAsync(a.Body.Length <= 500 ? a.Body : a.Body[..500] + "…");
            await w.WriteEndElementAsync();
            await w.WriteEndElementAsync();
        }
        await w.WriteEndElementAsync();
        await w.WriteEndDocumentAsync();
    }

    // An announcement changed after publication has no separate time here; the publish time is its last public change.
    private static DateTime Updated(AnnouncementDto a) => a.PublishAt;

    private static string Stamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static readonly (string Href, string Type)[] OpenDataLinks =
    [
        ("/api/public/open-data/listings.csv", "text/csv"),
        ("/api/public/open-data/listings.json", "application/json"),
        ("/open-data", "text/html"),
    ];

    private static async Task LinkAsync(XmlWriter w, string rel, string href, string? type = null)
    {
        await w.WriteStartElementAsync(null, "link", Atom);
        await w.WriteAttributeStringAsync(null, "rel", null, rel);
        await w.WriteAttributeStringAsync(null, "href", null, href);
        if (type is not null) await w.WriteAttributeStringAsync(null, "type", null, type);
        await w.WriteEndElementAsync();
    }
}
