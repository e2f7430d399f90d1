using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using RobotPlan.ListingSearch;
using RobotPlan.Notifications;
using RobotPlan.Notifications.Email;
using RobotPlan.SeedWork;
using RobotPlan.Timing;

namespace RobotPlan.SavedSearches;

/// <summary>
/// Daily: each confirmed saved search gets one mail listing the listings that match it and were created since its last
/// mail (the buyer search itself decides what matches: Active and valid today, R-18). The watermark moves in the same
/// save as the outbox message, so a re-run finds nothing new and sends nothing.
/// </summary>
public sealed class SendSavedSearchMatchesJob(ISavedSearchRepository searches, IListingSearchRepository listingSearch, Notifier notifier,
    EmailComposer composer, IUnitOfWork unitOfWork, TimeProvider clock, ILogger<SendSavedSearchMatchesJob> logger)
{
    private const int PageSize = 100;
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>How many mails were queued.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var mails = 0;
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await searches.GetActivePageAsync(skip, PageSize, ct);
            foreach (var search in page)
                if (await DigestAsync(search, ct)) mails++;
            await unitOfWork.SaveChangesAsync(ct);
            if (page.Count < PageSize) break;
        }
        return mails;
    }

    private async Task<bool> DigestAsync(SavedSearch search, CancellationToken ct)
    {
        var through = clock.GetUtcNow().UtcDateTime;
        var since = search.MatchedThrough ?? through;
        var fresh = await NewMatchesAsync(search, since, through, ct);
        search.MarkMatchedThrough(through);
        if (fresh.Count == 0) return false;

        var unsubscribe = composer.AbsoluteUrl("/saved-searches/unsubscribe?token=" + search.UnsubscribeToken);
        var body = new StringBuilder()
            .AppendLine(composer.Text("SavedSearch:DigestIntro", [fresh.Count.ToString(CultureInfo.InvariantCulture)], Chinese))
            .AppendLine(composer.Text("SavedSearch:DigestIntro", [fresh.Count.ToString(CultureInfo.InvariantCulture)], English))
            .AppendLine();
        foreach (var l in fresh.Take(SavedSearchConsts.MaxListingsPerMail))
            body.AppendLine($"{l.Number}  {l.ProductName} ({l.ProductModel}) — {l.EnterpriseName}  {composer.AbsoluteUrl("/listings/" + l.Number)}");
        body.AppendLine().AppendLine(composer.AbsoluteUrl(SavedSearchAppService.SearchPath(search))).AppendLine()
            .AppendLine(composer.Text("SavedSearch:UnsubscribeLine", [], Chinese) + " / " + composer.Text("SavedSearch:UnsubscribeLine", [], English))
            .AppendLine(unsubscribe);
        var subject = composer.Text("SavedSearch:DigestSubject", [fresh.Count.ToString(CultureInfo.InvariantCulture)], Chinese);
        // One-click for mail clients (RFC 8058) goes to the API, which takes a POST without a form.
        await notifier.QueueEmailAsync(search.Email, subject, body.ToString(),
            composer.AbsoluteUrl("/api/public/saved-searches/unsubscribe?token=" + search.UnsubscribeToken), ct);
        logger.LogInformation("Saved search {Id}: {Count} new listings mailed", search.Id, fresh.Count);
        return true;
    }

    /// <summary>
    /// Newest validity first: a listing created after <paramref name="since"/> was published on or after that day, so the
    /// pages stop at the first listing valid from an earlier day.
    /// </summary>
    private async Task<List<ListingSearchRow>> NewMatchesAsync(SavedSearch s, DateTime since, DateTime through, CancellationToken ct)
    {
        var sinceDay = DateOnly.FromDateTime(CatalogBatches.CatalogBatchMapper.ToLocal(since));
        var found = new List<ListingSearchRow>();
        for (var skip = 0; skip <= 10_000; skip += PageSize)
        {
            var result = await listingSearch.SearchAsync(new ListingQuery(KeywordPlan.Parse(s.Keyword), s.Catalog, s.CategoryCode, s.JurisdictionId, null,
                clock.Today(), "validFrom desc", skip, PageSize), ct);
            found.AddRange(result.Items.Where(l => l.CreationTime > since && l.CreationTime <= through));
            if (result.Items.Count < PageSize || result.Items[^1].ValidFrom < sinceDay) break;
        }
        return found;
    }
}
