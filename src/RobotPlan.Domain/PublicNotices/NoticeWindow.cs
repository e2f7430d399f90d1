namespace RobotPlan.PublicNotices;

/// <summary>
/// N working days; the publication's Asia/Shanghai date is day 1 if it is a working day (else the next working
/// day is); the notice ends at 24:00 of the Nth, i.e. 00:00 of the following day. An unknown year throws YearMissing.
/// </summary>
public sealed record NoticeWindow(DateOnly StartsOn, DateOnly EndsOn, DateTime EndsAtUtc)
{
    public static NoticeWindow Compute(WorkingDayCalendar calendar, DateTime publishedAtUtc, int workingDays)
    {
        var publishedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(publishedAtUtc, BusinessCalendarClock.TimeZone));
        var startsOn = calendar.NthWorkingDay(publishedOn, 1);
        var endsOn = calendar.NthWorkingDay(publishedOn, workingDays);
        return new NoticeWindow(startsOn, endsOn, BusinessCalendarClock.StartOfDayUtc(endsOn.AddDays(1)));
    }
}
