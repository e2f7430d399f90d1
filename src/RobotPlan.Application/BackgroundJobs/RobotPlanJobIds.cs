namespace RobotPlan.BackgroundJobs;

/// <summary>Recurring job ids: constants, registered in one place (the Web host's RecurringJobRegistration).</summary>
public static class RobotPlanJobIds
{
    public const string ExpireTestReports = "test-reports:expire";
    public const string OpenAndCloseCatalogBatches = "catalog-batches:open-close";
    public const string ListNoticeEndedApplications = "catalog-listings:list-after-notice";
    public const string ApproveNoticeEndedClaims = "subsidy-claims:approve-after-notice";
    public const string ExpireCatalogListings = "catalog-listings:expire";
    public const string WarnExpiringListings = "catalog-listings:warn-expiring";
    public const string AssemblePayoutBatch = "payouts:assemble";
    public const string SweepPayoutBatches = "payouts:sweep";
    public const string ReconcilePayments = "payouts:reconcile";
    public const string SendOutboxEmails = "notifications:send-email";
    public const string ReviewDeadlines = "notifications:review-deadlines";
    public const string SavedSearchDigests = "saved-searches:send-matches";
    public const string ApplyCreditRecordDates = "credit-records:start-end";
    public const string RegisterInsuredUnits = "units:register-insured";
}
