namespace RobotPlan.Reviews;

/// <summary>
/// The deadline of a review step, the same for catalog files and subsidy claims (task lists, reminders, dashboard): the
/// Nth working day after the Asia/Shanghai day the file entered the step — that day itself does not count, make-up days
/// do (R-15's calendar). The file is overdue from the day after. A year the calendar lacks throws CalendarYearMissing.
/// </summary>
public static class ReviewDeadline
{
    public static DateOnly DueOn(WorkingDayCalendar calendar, DateTime enteredStepAtUtc, int workingDays)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(enteredStepAtUtc, DateTimeKind.Utc), BusinessCalendarClock.TimeZone);
        return calendar.NthWorkingDay(DateOnly.FromDateTime(local).AddDays(1), workingDays);
    }

    /// <summary>The due day itself is still in time.</summary>
    public static bool IsOverdue(DateOnly dueOn, DateOnly today) => today > dueOn;

    /// <summary>A file due within this many working days (0: due today) is flagged as due soon.</summary>
    public const int DueSoonWorkingDays = 2;

    /// <summary>
    /// Working days from today to the due day (0 on the due day, 1 the working day before); negative once overdue, counting
    /// the working days past it. A weekend after a Friday deadline is overdue (by the date) with 0 working days past.
    /// </summary>
    public static int WorkingDaysLeft(WorkingDayCalendar calendar, DateOnly dueOn, DateOnly today) =>
        dueOn >= today ? calendar.WorkingDaysBetween(today, dueOn) : -calendar.WorkingDaysBetween(dueOn, today);

    public static ReviewUrgency Urgency(WorkingDayCalendar calendar, DateOnly dueOn, DateOnly today) =>
        IsOverdue(dueOn, today) ? ReviewUrgency.Overdue
        : WorkingDaysLeft(calendar, dueOn, today) <= DueSoonWorkingDays ? ReviewUrgency.DueSoon
        : ReviewUrgency.InTime;
}
