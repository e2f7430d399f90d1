namespace RobotPlan.SavedSearches;

public static class SavedSearchConsts
{
    public const int MaxEmailLength = 128;
    public const int MaxKeywordLength = 100;
    public const int MaxCategoryLength = 32;
    public const int TokenLength = 43;
    /// <summary>Active searches per address: enough for a buyer, too few to make the portal a mail cannon.</summary>
    public const int MaxActivePerEmail = 10;
    /// <summary>At most this many listings in one mail; the link to the search shows the rest.</summary>
    public const int MaxListingsPerMail = 50;
}
