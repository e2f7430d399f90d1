using RobotPlan.Calendar;
using RobotPlan.Errors;
using RobotPlan.Reviews;
using RobotPlan.SeedWork;

namespace RobotPlan.Domain.Tests.Reviews;

public sealed class ReviewDeadline_Tests
{
    // The 2025 National Day block: 10-01…10-08 off, Sunday 09-28 and Saturday 10-11 worked (调休).
    private static readonly WorkingDayCalendar Calendar2025 = new([2025],
    [
        .. Enumerable.Range(1, 8).Select(d => new CalendarDay(new DateOnly(2025, 10, d), isWorkingDay: false)),
        new CalendarDay(new DateOnly(2025, 9, 28), isWorkingDay: true),
        new CalendarDay(new DateOnly(2025, 10, 11), isWorkingDay: true),
    ]);

    private static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2025, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Should_Count_Make_Up_Sunday_When_File_Enters_Step_On_Friday() =>
        // Friday 09-26 10:00 Shanghai: Saturday rests, Sunday 09-28 is worked (day 1), 09-29 (2), 09-30 (3).
        ReviewDeadline.DueOn(Calendar2025, Utc(9, 26, 2), 3).ShouldBe(new DateOnly(2025, 9, 30));

    [Fact]
    public void Should_Skip_The_Holiday_And_Count_Make_Up_Saturday_When_Step_Starts_Before_National_Day() =>
        // Entered 09-30: 10-01…10-08 rest; 10-09 (1), 10-10 (2), Saturday 10-11 worked (3), 10-13 (4), 10-14 (5).
        ReviewDeadline.DueOn(Calendar2025, Utc(9, 30, 1), 5).ShouldBe(new DateOnly(2025, 10, 14));

    [Fact]
    public void Should_Not_Count_The_Day_The_File_Entered_The_Step_When_It_Is_A_Working_Day() =>
        ReviewDeadline.DueOn(Calendar2025, Utc(9, 29, 1), 1).ShouldBe(new DateOnly(2025, 9, 30));

    [Fact]
    public void Should_Use_The_Shanghai_Date_When_The_Utc_Date_Is_The_Day_Before() =>
        // 09-28 16:30 UTC is Monday 09-29 00:30 in Chongqing: counting starts on 09-30, not on 09-29.
        ReviewDeadline.DueOn(Calendar2025, Utc(9, 28, 16, 30), 1).ShouldBe(new DateOnly(2025, 9, 30));

    [Fact]
    public void Should_Read_An_Unspecified_Kind_As_Utc_When_The_Database_Drops_The_Kind() =>
        ReviewDeadline.DueOn(Calendar2025, DateTime.SpecifyKind(Utc(9, 28, 16, 30), DateTimeKind.Unspecified), 1)
            .ShouldBe(new DateOnly(2025, 9, 30));

    [Fact]
    public void Should_Not_Be_Overdue_On_The_Due_Day_But_From_The_Day_After()
    {
        var due = new DateOnly(2025, 10, 14);
        ReviewDeadline.IsOverdue(due, due).ShouldBeFalse();
        ReviewDeadline.IsOverdue(due, due.AddDays(-1)).ShouldBeFalse();
        ReviewDeadline.IsOverdue(due, due.AddDays(1)).ShouldBeTrue();
    }

    [Theory]
    // Due Tuesday 10-14: from Thursday 10-09 four working days are left (10-10, Saturday 10-11 worked, 10-13, 10-14).
    [InlineData(10, 9, 4, ReviewUrgency.InTime)]
    // Saturday 10-11 is a make-up working day: from it, 10-13 and 10-14 are left.
    [InlineData(10, 11, 2, ReviewUrgency.DueSoon)]
    [InlineData(10, 13, 1, ReviewUrgency.DueSoon)]
    [InlineData(10, 14, 0, ReviewUrgency.DueSoon)]
    [InlineData(10, 15, -1, ReviewUrgency.Overdue)]
    public void Should_Count_Working_Days_Left_And_Flag_Due_Soon_Within_Two_When_The_Deadline_Nears(int month, int day, int left, ReviewUrgency urgency)
    {
        var due = new DateOnly(2025, 10, 14);
        var today = new DateOnly(2025, month, day);

        ReviewDeadline.WorkingDaysLeft(Calendar2025, due, today).ShouldBe(left);
        ReviewDeadline.Urgency(Calendar2025, due, today).ShouldBe(urgency);
    }

    [Fact]
    public void Should_Be_Overdue_On_The_Weekend_After_A_Friday_Deadline_With_No_Working_Day_Past()
    {
        var friday = new DateOnly(2025, 9, 26);
        ReviewDeadline.WorkingDaysLeft(Calendar2025, friday, friday.AddDays(1)).ShouldBe(0);
        ReviewDeadline.Urgency(Calendar2025, friday, friday.AddDays(1)).ShouldBe(ReviewUrgency.Overdue);
    }

    [Fact]
    public void Should_Refuse_To_Guess_When_The_Deadline_Falls_In_A_Year_Without_Calendar_Data()
    {
        var error = Should.Throw<BusinessException>(() => ReviewDeadline.DueOn(Calendar2025, Utc(12, 30, 2), 5));
        error.Code.ShouldBe(RobotPlanErrorCodes.CalendarYearMissing);
    }
}
