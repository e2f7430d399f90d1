namespace RobotPlan.Notifications;

public static class NotificationConsts
{
    public const int MaxKindLength = 64;
    public const int MaxTextKeyLength = 128;
    public const int MaxArgumentsLength = 2000;
    public const int MaxLinkLength = 256;
    public const int MaxDedupKeyLength = 128;

    /// <summary>R-17: a listing expires in N days.</summary>
    public const string ListingExpiryWarning = "listing-expiry-warning";
}
