namespace RobotPlan.Reviews;

/// <summary>
/// What a reviewer's task list (catalog files, claims) shows beside each waiting file, loaded once per list: product and
/// enterprise names, and the calendar and today's date the <see cref="ReviewDeadline"/>s are counted with.
/// </summary>
public sealed class ReviewTaskLookup(IProductRepository products, IEnterpriseRepository enterprises, ICalendarRepository calendars,
    TimeProvider clock)
{
    public async Task<ReviewTaskContext> LoadAsync(IEnumerable<Guid> productIds, IEnumerable<Guid> enterpriseIds, CancellationToken ct)
    {
        var productNames = (await products.GetByIdsAsync(productIds.Distinct().ToList(), ct)).ToDictionary(p => p.Id, p => p.Name);
        var enterpriseNames = await enterprises.GetLegalNamesAsync(enterpriseIds.Distinct().ToList(), ct);
        return new ReviewTaskContext(productNames, enterpriseNames, await calendars.GetCalendarAsync(ct), clock.Today());
    }
}

public sealed record ReviewTaskContext(IReadOnlyDictionary<Guid, string> ProductNames, IReadOnlyDictionary<Guid, string> EnterpriseNames,
    WorkingDayCalendar Calendar, DateOnly Today)
{
    public string? ProductName(Guid id) => ProductNames.GetValueOrDefault(id);
    public string? EnterpriseName(Guid id) => EnterpriseNames.GetValueOrDefault(id);

    /// <summary>The step's due day and whether it has passed; a year the calendar lacks throws (shown to the administrator).</summary>
    public (DateOnly DueOn, bool IsOverdue) Deadline(DateTime enteredStepAtUtc, int workingDays)
    {
        var due = ReviewDeadline.DueOn(Calendar, enteredStepAtUtc, workingDays);
        return (due, ReviewDeadline.IsOverdue(due, Today));
    }
}
