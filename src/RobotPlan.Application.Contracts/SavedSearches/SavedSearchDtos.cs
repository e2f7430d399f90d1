using System.ComponentModel.DataAnnotations;
using RobotPlan.CatalogListings;

namespace RobotPlan.SavedSearches;

/// <summary>The buyer search's criteria (as on /search) and the address new matches go to.</summary>
public sealed class CreateSavedSearchDto
{
    [Required, EmailAddress, StringLength(SavedSearchConsts.MaxEmailLength)]
    public string Email { get; set; } = "";

    [StringLength(SavedSearchConsts.MaxKeywordLength)]
    public string? Keyword { get; set; }

    public CatalogKind? Catalog { get; set; }

    [StringLength(SavedSearchConsts.MaxCategoryLength)]
    public string? Category { get; set; }

    public Guid? Jurisdiction { get; set; }
}

public sealed class SavedSearchTokenDto
{
    [Required, StringLength(64, MinimumLength = 16)]
    public string Token { get; set; } = "";
}

/// <summary>What a buyer may see of a subscription: never its tokens (those prove the mailbox is theirs).</summary>
public sealed record SavedSearchDto(string Email, string? Keyword, CatalogKind? Catalog, string? Category, Guid? Jurisdiction,
    bool IsConfirmed, bool IsUnsubscribed);

/// <summary>Anonymous: save a search (a confirmation mail goes out), confirm it, unsubscribe in one step.</summary>
public interface ISavedSearchAppService
{
    Task<SavedSearchDto> CreateAsync(CreateSavedSearchDto input, CancellationToken ct = default);
    /// <summary>An unknown token is not found; confirming again changes nothing.</summary>
    Task<SavedSearchDto> ConfirmAsync(string token, CancellationToken ct = default);
    /// <summary>An unknown token is not found; unsubscribing again changes nothing.</summary>
    Task<SavedSearchDto> UnsubscribeAsync(string token, CancellationToken ct = default);
}
