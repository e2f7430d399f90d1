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
}
