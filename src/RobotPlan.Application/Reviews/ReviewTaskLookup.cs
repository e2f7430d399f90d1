namespace RobotPlan.Reviews;

/// <summary>
/// What a reviewer's task list (catalog files, claims) shows beside each waiting file, loaded once per list: product and
/// enterprise names, the enterprise's district, and the calendar and today's date the <see cref="ReviewDeadline"/>s are
/// counted with.
/// </summary>
public sealed class ReviewTaskLookup(IProductRepository products, IEnterpriseRepository enterprises, IReferenceDataRepository referenceData,
    ICalendarRepository calendars, TimeProvider clock)
{
    public async Task<ReviewTaskContext> LoadAsync(IEnumerable<Guid> productIds, IEnumerable<Guid> enterpriseIds, CancellationToken ct)
    {
        var productNames = (await products.GetByIdsAsync(productIds.Distinct().ToList(), ct)).ToDictionary(p => p.Id, p => p.Name);
        var owners = await enterprises.GetNamesAndJurisdictionsAsync(enterpriseIds.Distinct().ToList(), ct);
        var districts = (await referenceData.GetJurisdictionsAsync(ct)).ToDictionary(j => j.Id, j => j.LocalName());
        return new ReviewTaskContext(productNames, owners, districts, await calendars.GetCalendarAsync(ct), clock.Today());
    }
}

/// <summary>A waiting file's step deadline: its due day, working days left (negative once past) and how urgent it is.</summary>
public sealed record ReviewTaskDeadline(DateOnly DueOn, bool IsOverdue, int WorkingDaysLeft, ReviewUrgency Urgency);

public sealed record ReviewTaskContext(IReadOnlyDictionary<Guid, string> ProductNames,
    IReadOnlyDictionary<Guid, (string LegalName, Guid JurisdictionId)> Enterprises, IReadOnlyDictionary<Guid, string> DistrictNames,
    WorkingDayCalendar Calendar, DateOnly Today)
{
    public string? ProductName(Guid id) => ProductNames.GetValueOrDefault(id);
    public string? EnterpriseName(Guid id) => Enterprises.TryGetValue(id, out var e) ? e.LegalName : null;

    /// <summary>The district that reviews the enterprise's files, with its name.</summary>
    public (Guid? Id, string? Name) District(Guid enterpriseId) =>
        Enterprises.TryGetValue(enterpriseId, out var e) ? (e.JurisdictionId, DistrictNames.GetValueOrDefault(e.JurisdictionId)) : (null, null);

    /// <summary>The step's due day and how near it is; a year the calendar lacks throws (shown to the administrator).</summary>
    public ReviewTaskDeadline Deadline(DateTime enteredStepAtUtc, int workingDays)
    {
        var due = ReviewDeadline.DueOn(Calendar, enteredStepAtUtc, workingDays);
        return new(due, ReviewDeadline.IsOverdue(due, Today), ReviewDeadline.WorkingDaysLeft(Calendar, due, Today),
            ReviewDeadline.Urgency(Calendar, due, Today));
    }
}
