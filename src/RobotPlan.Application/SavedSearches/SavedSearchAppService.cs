using System.Globalization;
using RobotPlan.Errors;
using RobotPlan.Notifications;
using RobotPlan.Notifications.Email;
using RobotPlan.SeedWork;

namespace RobotPlan.SavedSearches;

public sealed class SavedSearchAppService(ISavedSearchRepository searches, Notifier notifier, EmailComposer composer, IUnitOfWork unitOfWork,
    TimeProvider clock) : ISavedSearchAppService
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public async Task<SavedSearchDto> CreateAsync(CreateSavedSearchDto input, CancellationToken ct)
    {
        var email = EmailAddresses.Normalize(input.Email);
        if (await searches.CountLiveAsync(email, ct) >= SavedSearchConsts.MaxActivePerEmail)
            throw new BusinessException(RobotPlanErrorCodes.SavedSearchLimitReached, "email", SavedSearchConsts.MaxActivePerEmail);
        var search = new SavedSearch(email, input.Keyword, input.Catalog, input.Category, input.Jurisdiction);
        await searches.AddAsync(search, ct);
        var confirm = composer.AbsoluteUrl("/saved-searches/confirm?token=" + search.ConfirmToken);
        await notifier.QueueEmailAsync(email, Both("SavedSearch:ConfirmSubject", []),
            $"{Both("SavedSearch:ConfirmBody", [Describe(search)], "\n\n")}\n\n{confirm}\n", null, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(search);
    }

    public async Task<SavedSearchDto> ConfirmAsync(string token, CancellationToken ct)
    {
        var search = await searches.FindByConfirmTokenAsync(token.Trim(), ct) ?? throw new EntityNotFoundException(typeof(SavedSearch), token);
        search.Confirm(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(search);
    }

    public async Task<SavedSearchDto> UnsubscribeAsync(string token, CancellationToken ct)
    {
        var search = await searches.FindByUnsubscribeTokenAsync(token.Trim(), ct) ?? throw new EntityNotFoundException(typeof(SavedSearch), token);
        search.Unsubscribe(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(search);
    }

    /// <summary>The search page with the saved criteria, so the mail's reader sees all matches.</summary>
    public static string SearchPath(SavedSearch s)
    {
        var query = new List<string>();
        if (s.Keyword is not null) query.Add("keyword=" + Uri.EscapeDataString(s.Keyword));
        if (s.Catalog is not null) query.Add("catalog=" + s.Catalog);
        if (s.CategoryCode is not null) query.Add("category=" + Uri.EscapeDataString(s.CategoryCode));
        if (s.JurisdictionId is not null) query.Add("jurisdiction=" + s.JurisdictionId);
        return query.Count == 0 ? "/search" : "/search?" + string.Join('&', query);
    }

    private string Describe(SavedSearch s) => composer.AbsoluteUrl(SearchPath(s));

    private string Both(string key, IReadOnlyList<string> args, string separator = " / ") =>
        composer.Text(key, args, Chinese) + separator + composer.Text(key, args, English);

    private static SavedSearchDto ToDto(SavedSearch s) =>
        new(s.Email, s.Keyword, s.Catalog, s.CategoryCode, s.JurisdictionId, s.ConfirmedAt is not null, s.UnsubscribedAt is not null);
}
