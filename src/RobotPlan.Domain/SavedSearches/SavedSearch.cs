using System.Security.Cryptography;
using RobotPlan.CatalogListings;
using RobotPlan.SeedWork;

namespace RobotPlan.SavedSearches;

/// <summary>
/// 订阅: a buyer's search, saved under an e-mail address without an account. It mails nothing until the address is
/// confirmed by the link sent to it; every mail carries a one-click unsubscribe link. The tokens are random 256-bit values
/// kept as they are — each guards only this subscription, and the digest mails must be able to repeat the unsubscribe one.
/// </summary>
public class SavedSearch : AggregateRoot
{
    public string Email { get; private set; } = null!;
    public string? Keyword { get; private set; }
    public CatalogKind? Catalog { get; private set; }
    public string? CategoryCode { get; private set; }
    public Guid? JurisdictionId { get; private set; }
    public string ConfirmToken { get; private set; } = null!;
    public string UnsubscribeToken { get; private set; } = null!;
    public DateTime? ConfirmedAt { get; private set; }
    public DateTime? UnsubscribedAt { get; private set; }
    /// <summary>Listings created after this instant are new to the subscriber; moved forward by every digest.</summary>
    public DateTime? MatchedThrough { get; private set; }

    private SavedSearch() { }

    public SavedSearch(string email, string? keyword, CatalogKind? catalog, string? categoryCode, Guid? jurisdictionId)
    {
        // Stored normalized, so the per-address cap counts one mailbox however it is spelled.
        Email = RobotPlan.Notifications.EmailAddresses.Normalize(email);
        Keyword = string.IsNullOrWhiteSpace(keyword) ? null : keyword.Trim();
        Catalog = catalog;
        CategoryCode = string.IsNullOrWhiteSpace(categoryCode) ? null : categoryCode.Trim();
        JurisdictionId = jurisdictionId;
        ConfirmToken = NewToken();
        UnsubscribeToken = NewToken();
    }

    public bool IsActive => ConfirmedAt is not null && UnsubscribedAt is null;

    /// <summary>Confirming twice keeps the first time; an unsubscribed search stays unsubscribed.</summary>
    public void Confirm(DateTime now)
    {
        if (ConfirmedAt is not null || UnsubscribedAt is not null) return;
        ConfirmedAt = now;
        MatchedThrough = now;
    }

    public void Unsubscribe(DateTime now) => UnsubscribedAt ??= now;

    public void MarkMatchedThrough(DateTime instant)
    {
        if (MatchedThrough is null || instant > MatchedThrough) MatchedThrough = instant;
    }

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public interface ISavedSearchRepository
{
    Task<SavedSearch?> FindByConfirmTokenAsync(string token, CancellationToken ct = default);
    Task<SavedSearch?> FindByUnsubscribeTokenAsync(string token, CancellationToken ct = default);
    /// <summary>Not unsubscribed (confirmed or still waiting for it).</summary>
    Task<int> CountLiveAsync(string email, CancellationToken ct = default);
    /// <summary>Confirmed and not unsubscribed, oldest first (pages for the digest job, which changes no one's activity).</summary>
    Task<List<SavedSearch>> GetActivePageAsync(int skip, int max, CancellationToken ct = default);
    Task AddAsync(SavedSearch search, CancellationToken ct = default);
}
