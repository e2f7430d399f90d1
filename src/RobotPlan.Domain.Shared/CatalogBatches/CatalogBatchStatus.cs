namespace RobotPlan.CatalogBatches;

/// <summary>R-10: set by the recurring job from the window; submissions are checked against the window itself.</summary>
public enum CatalogBatchStatus
{
    Scheduled = 0,
    Open = 1,
    Closed = 2,
}
