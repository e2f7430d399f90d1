namespace RobotPlan.Calendar;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class CalendarMapper
{
    public static CalendarDayDto ToDto(this CalendarDay day) =>
        new(day.Date, day.IsWorkingDay ? CalendarDayKind.MakeUpWorkingDay : CalendarDayKind.Holiday, day.Note);

    public static partial CalendarYearDto ToDto(this CalendarYear year, IReadOnlyList<CalendarDayDto> days);
}
