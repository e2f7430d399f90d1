using RobotPlan.Errors;

namespace RobotPlan.CatalogListings;

/// <summary>
/// Listing error codes, kept beside the feature (not in RobotPlanErrorCodes) so parallel branches do not collide;
/// each has a zh-Hans and an en text in Listings.*.json.
/// </summary>
public static class CatalogListingErrorCodes
{
    public const string IllegalTransition = "RobotPlan:CatalogListing.IllegalTransition";
    [OfKind(ErrorKind.Invalid)] public const string ReasonRequired = "RobotPlan:CatalogListing.ReasonRequired";
    [OfKind(ErrorKind.Invalid)] public const string DocumentRequired = "RobotPlan:CatalogListing.DocumentRequired";
    public const string NotYetDue = "RobotPlan:CatalogListing.NotYetDue";
    [OfKind(ErrorKind.Invalid)] public const string InvalidValidity = "RobotPlan:CatalogListing.InvalidValidity";
    public const string NoReliedOnReports = "RobotPlan:CatalogListing.NoReliedOnReports";
}
