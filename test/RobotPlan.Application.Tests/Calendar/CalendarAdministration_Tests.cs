using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Calendar;
using RobotPlan.Errors;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.Calendar;

public sealed class CalendarAdministration_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private async Task<T> Calendar<T>(Func<ICalendarAppService, Task<T>> call, string? user = RobotPlanTestData.Administrator)
    {
        await host.LoginAsAsync(user);
        return await host.WithScopeAsync(sp => call(sp.GetRequiredService<ICalendarAppService>()));
    }

    private Task<NoticeEndDto> NoticeEnd(DateOnly start, int days) =>
        Calendar(s => s.GetNoticeEndAsync(new NoticeEndInput { Start = start, WorkingDays = days }), user: null);

    [Fact]
    public async Task Should_End_Notice_On_October_9_When_Starting_2025_09_26()
    {
        // R-15's example: Fri 26 Sep (1), Sun 28 Sep make-up day (2), 29 (3), 30 (4), National Day holidays, Thu 9 Oct (5).
        var end = await NoticeEnd(new DateOnly(2025, 9, 26), 5);

        end.EndsOn.ShouldBe(new DateOnly(2025, 10, 9));
        // 24:00 Asia/Shanghai on 9 Oct is 16:00 UTC that day.
        end.EndsAtUtc.ShouldBe(new DateTime(2025, 10, 9, 16, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task Should_Refuse_To_Count_Into_A_Year_Without_Data()
    {
        var error = await Should.ThrowAsync<BusinessException>(() => NoticeEnd(new DateOnly(2026, 12, 28), 5));
        error.Code.ShouldBe(RobotPlanErrorCodes.CalendarYearMissing);
        error.Arguments.ShouldBe([2027]);
    }

    [Fact]
    public async Task Should_Count_Through_A_Year_Once_It_Is_Entered()
    {
        await Calendar(s => s.CreateYearAsync(new CreateCalendarYearDto { Year = 2027, Source = "国办发明电〔2026〕测试号" }));

        // Mon 28, Tue 29, Wed 30, Thu 31 Dec 2026, Fri 1 Jan 2027 (no days entered: a plain weekday).
        (await NoticeEnd(new DateOnly(2026, 12, 28), 5)).EndsOn.ShouldBe(new DateOnly(2027, 1, 1));
    }

    [Fact]
    public async Task Should_Move_Notice_End_When_A_Holiday_Is_Added_Changed_And_Removed()
    {
        var start = new DateOnly(2026, 3, 9); // Monday; no exceptions that week or the next in the seed
        (await NoticeEnd(start, 5)).EndsOn.ShouldBe(new DateOnly(2026, 3, 13));

        await Calendar(s => s.CreateDayAsync(new CreateCalendarDayDto { Date = new DateOnly(2026, 3, 11), Kind = CalendarDayKind.Holiday, Note = "测试假日" }));
        (await NoticeEnd(start, 5)).EndsOn.ShouldBe(new DateOnly(2026, 3, 16));

        await Calendar(s => s.ChangeDayAsync(new DateOnly(2026, 3, 11), new ChangeCalendarDayDto { Kind = CalendarDayKind.MakeUpWorkingDay }));
        (await NoticeEnd(start, 5)).EndsOn.ShouldBe(new DateOnly(2026, 3, 13));

        await Calendar(async s => { await s.DeleteDayAsync(new DateOnly(2026, 3, 11)); return 0; });
        (await host.WithDbAsync(db => db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2026, 3, 11)))).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Refuse_A_Day_In_A_Year_Not_Entered()
    {
        var error = await Should.ThrowAsync<BusinessException>(() =>
            Calendar(s => s.CreateDayAsync(new CreateCalendarDayDto { Date = new DateOnly(2031, 1, 1), Kind = CalendarDayKind.Holiday })));
        error.Code.ShouldBe(RobotPlanErrorCodes.CalendarYearMissing);
        error.Field.ShouldBe("date");
    }

    [Fact]
    public async Task Should_Refuse_Duplicate_Year_And_Day()
    {
        (await Should.ThrowAsync<BusinessException>(() =>
            Calendar(s => s.CreateYearAsync(new CreateCalendarYearDto { Year = 2025, Source = "重复" })))).Code.ShouldBe(RobotPlanErrorCodes.CalendarYearExists);
        (await Should.ThrowAsync<BusinessException>(() =>
            Calendar(s => s.CreateDayAsync(new CreateCalendarDayDto { Date = new DateOnly(2025, 10, 1), Kind = CalendarDayKind.Holiday }))))
            .Code.ShouldBe(RobotPlanErrorCodes.CalendarDayExists);
    }

    [Fact]
    public async Task Should_List_Years_With_Their_Exception_Days()
    {
        var years = await Calendar(s => s.GetYearsAsync());
        var y2025 = years.Single(y => y.Year == 2025);
        y2025.Days.ShouldContain(d => d.Date == new DateOnly(2025, 9, 28) && d.Kind == CalendarDayKind.MakeUpWorkingDay);
        y2025.Days.ShouldContain(d => d.Date == new DateOnly(2025, 10, 1) && d.Kind == CalendarDayKind.Holiday);
    }

    [Fact]
    public async Task Should_Refuse_Edits_Without_Calendar_Permission()
    {
        await Should.ThrowAsync<AuthorizationException>(() =>
            Calendar(s => s.GetYearsAsync(), RobotPlanTestData.MunicipalReviewer));
    }
}
