using RobotPlan.Calendar;
using RobotPlan.Errors;
using RobotPlan.SeedWork;

namespace RobotPlan.Domain.Tests.Calendar;

public sealed class WorkingDayCalendar_Tests
{
    // The 2025 National Day block: 10-01…10-08 off, Sunday 09-28 and Saturday 10-11 worked (调休).
    private static readonly WorkingDayCalendar Calendar2025 = new([2025],
    [
        .. Enumerable.Range(1, 8).Select(d => new CalendarDay(new DateOnly(2025, 10, d), isWorkingDay: false)),
        new CalendarDay(new DateOnly(2025, 9, 28), isWorkingDay: true),
        new CalendarDay(new DateOnly(2025, 10, 11), isWorkingDay: true),
    ]);

    [Fact]
    public void Should_End_Notice_On_Oct_9_When_Five_Days_Start_Friday_Sep_26_2025() =>
        // R-15's example: 09-26, 09-28 (make-up Sunday), 09-29, 09-30, 10-09.
        Calendar2025.NthWorkingDay(new DateOnly(2025, 9, 26), 5).ShouldBe(new DateOnly(2025, 10, 9));

    [Fact]
    public void Should_Count_From_Next_Working_Day_When_Start_Is_A_Holiday() =>
        Calendar2025.NthWorkingDay(new DateOnly(2025, 10, 3), 1).ShouldBe(new DateOnly(2025, 10, 9));

    [Fact]
    public void Should_Treat_Make_Up_Saturday_As_Working_Day() =>
        Calendar2025.IsWorkingDay(new DateOnly(2025, 10, 11)).ShouldBeTrue();

    [Fact]
    public void Should_Treat_Ordinary_Weekend_As_Rest_Day() =>
        Calendar2025.IsWorkingDay(new DateOnly(2025, 9, 27)).ShouldBeFalse();

    [Fact]
    public void Should_Refuse_To_Guess_When_Year_Has_No_Calendar_Data()
    {
        var error = Should.Throw<BusinessException>(() => Calendar2025.NthWorkingDay(new DateOnly(2025, 12, 30), 5));
        error.Code.ShouldBe(RobotPlanErrorCodes.CalendarYearMissing);
        error.Arguments.ShouldBe([2026]);
    }

    [Fact]
    public void Should_Count_Working_Days_Between_Excluding_Start() =>
        Calendar2025.WorkingDaysBetween(new DateOnly(2025, 9, 26), new DateOnly(2025, 10, 9)).ShouldBe(4);
}
