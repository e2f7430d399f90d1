using RobotPlan.Calendar;
using RobotPlan.CatalogBatches;
using RobotPlan.Domain.Tests.CatalogApplications;
using RobotPlan.Domain.Tests.CatalogBatches;
using RobotPlan.Errors;
using RobotPlan.PublicNotices;
using RobotPlan.SeedWork;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.Domain.Tests.PublicNotices;

public sealed class PublicNotice_Tests
{
    // 2025 National Day: 10-01…10-08 off, Sunday 09-28 and Saturday 10-11 worked (调休).
    private static readonly WorkingDayCalendar Calendar2025 = new([2025],
    [
        .. Enumerable.Range(1, 8).Select(d => new CalendarDay(new DateOnly(2025, 10, d), isWorkingDay: false)),
        new CalendarDay(new DateOnly(2025, 9, 28), isWorkingDay: true),
        new CalendarDay(new DateOnly(2025, 10, 11), isWorkingDay: true),
    ]);

    // Friday 2025-09-26 10:00 Asia/Shanghai.
    private static readonly DateTime FridayMorning = new(2025, 9, 26, 2, 0, 0, DateTimeKind.Utc);
    private static readonly ObjectorDetails Objector = new("李四", "重庆某机器人公司", "13800000000", "关键指标与检测报告不符");

    [Fact]
    public void Should_End_At_Oct_9_24h_Shanghai_When_Five_Working_Days_Start_Friday_Sep_26()
    {
        var window = NoticeWindow.Compute(Calendar2025, FridayMorning, 5);

        window.StartsOn.ShouldBe(new DateOnly(2025, 9, 26));
        window.EndsOn.ShouldBe(new DateOnly(2025, 10, 9));
        window.EndsAtUtc.ShouldBe(new DateTime(2025, 10, 9, 16, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Should_Start_On_Next_Working_Day_When_Published_On_A_Holiday()
    {
        // 2025-10-02 09:00 Shanghai, in the National Day holiday: day 1 is 10-09, day 3 is Saturday 10-11 (调休).
        var window = NoticeWindow.Compute(Calendar2025, new DateTime(2025, 10, 2, 1, 0, 0, DateTimeKind.Utc), 3);

        window.StartsOn.ShouldBe(new DateOnly(2025, 10, 9));
        window.EndsOn.ShouldBe(new DateOnly(2025, 10, 11));
    }

    [Fact]
    public void Should_Use_The_Shanghai_Date_When_Published_Late_Evening_Utc()
    {
        // 2025-09-25 17:00Z is Friday 09-26 01:00 in Shanghai.
        NoticeWindow.Compute(Calendar2025, new DateTime(2025, 9, 25, 17, 0, 0, DateTimeKind.Utc), 5).EndsOn
            .ShouldBe(new DateOnly(2025, 10, 9));
    }

    [Fact]
    public void Should_Refuse_To_Guess_When_The_Window_Reaches_An_Unknown_Year() =>
        Should.Throw<BusinessException>(() => NoticeWindow.Compute(Calendar2025, new DateTime(2025, 12, 29, 2, 0, 0, DateTimeKind.Utc), 5))
            .Code.ShouldBe(RobotPlanErrorCodes.CalendarYearMissing);

    [Fact]
    public void Should_Accept_Objection_Inside_Window_And_Refuse_At_The_End()
    {
        var (notice, file) = Notice();

        notice.Object(file, Objector, null, FridayMorning.AddHours(1)).Status.ShouldBe(ObjectionStatus.Open);
        Should.Throw<BusinessException>(() => notice.Object(file, Objector, null, notice.EndsAtUtc)).Code
            .ShouldBe(RobotPlanErrorCodes.OutsideNoticeWindow);
        Should.Throw<BusinessException>(() => notice.Object(file, Objector, null, FridayMorning.AddSeconds(-1))).Code
            .ShouldBe(RobotPlanErrorCodes.OutsideNoticeWindow);
    }

    [Fact]
    public void Should_Refuse_An_Anonymous_Objection()
    {
        var (notice, file) = Notice();

        Should.Throw<BusinessException>(() => notice.Object(file, Objector with { RealName = " " }, null, FridayMorning)).Field
            .ShouldBe("realName");
    }

    [Fact]
    public void Should_Block_Listing_Until_Objection_Is_Resolved_And_Withdraw_File_When_Upheld()
    {
        var (notice, file) = Notice();
        var objection = notice.Object(file, Objector, null, FridayMorning);
        notice.HasOpenObjection(file).ShouldBeTrue();

        notice.Uphold(objection.Id, "经核实，指标不实", Guid.CreateVersion7(), FridayMorning.AddDays(1));

        notice.HasOpenObjection(file).ShouldBeFalse();
        notice.Entries.Single().IsWithdrawn.ShouldBeTrue();
        Should.Throw<BusinessException>(() => notice.Dismiss(objection.Id, "再议", Guid.CreateVersion7(), FridayMorning)).Code
            .ShouldBe(RobotPlanErrorCodes.ObjectionResolved);
    }

    [Fact]
    public void Should_Require_A_Reason_To_Dismiss()
    {
        var (notice, file) = Notice();
        var objection = notice.Object(file, Objector, null, FridayMorning);

        Should.Throw<BusinessException>(() => notice.Dismiss(objection.Id, "", Guid.CreateVersion7(), FridayMorning));
        notice.Dismiss(objection.Id, "异议所述与事实不符", Guid.CreateVersion7(), FridayMorning).Status.ShouldBe(ObjectionStatus.Dismissed);
    }

    [Fact]
    public void Should_Refuse_A_Notice_Of_Files_Not_Decided()
    {
        var batch = CatalogBatchFactory.Batch();
        var pending = CatalogApplicationFactory.In(S.PendingDecision, batch);

        Should.Throw<BusinessException>(() => new PublicNotice(batch, [pending], NoticeWindow.Compute(Calendar2025, FridayMorning, 5), FridayMorning));
    }

    private static (PublicNotice Notice, Guid File) Notice()
    {
        var batch = CatalogBatchFactory.Batch();
        var file = CatalogApplicationFactory.In(S.InPublicNotice, batch);
        return (new PublicNotice(batch, [file], NoticeWindow.Compute(Calendar2025, FridayMorning, batch.NoticeWorkingDays), FridayMorning), file.Id);
    }
}
