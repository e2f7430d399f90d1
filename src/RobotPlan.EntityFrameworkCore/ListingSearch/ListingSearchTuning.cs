namespace RobotPlan.EntityFrameworkCore.ListingSearch;

/// <summary>
/// ADR 0006: when the page of a keyword search is read by walking the Active listings in the default order (probing the
/// term index per listing) instead of from the matches: at least <see cref="WalkMinimumTotal"/> matches and the page
/// inside their first 1/<see cref="WalkRatio"/> — so at most ~2 % of the Active listings are read. Settable for tests.
/// </summary>
public static class ListingSearchTuning
{
    public static int WalkMinimumTotal { get; set; } = 1_000;
    public static int WalkRatio { get; set; } = 50;
}
