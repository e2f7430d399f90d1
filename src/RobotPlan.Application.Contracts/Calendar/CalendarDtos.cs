namespace RobotPlan.Calendar;

public sealed record CalendarYearDto(int Year, string Source, IReadOnlyList<CalendarDayDto> Days);

public sealed record CalendarDayDto(DateOnly Date, CalendarDayKind Kind, string? Note);

public sealed class CreateCalendarYearDto
{
    [Range(CalendarConsts.MinYear, CalendarConsts.MaxYear)]
    public int Year { get; set; }

    /// <summary>The State Council notice the year's holidays come from (国务院办公厅关于…部分节假日安排的通知).</summary>
    [Required, StringLength(CalendarConsts.MaxSourceLength)]
    public string Source { get; set; } = "";
}

public sealed class CreateCalendarDayDto
{
    [Required]
    public DateOnly? Date { get; set; }

    [Required]
    public CalendarDayKind? Kind { get; set; }

    [StringLength(CalendarConsts.MaxNoteLength)]
    public string? Note { get; set; }
}

public sealed class ChangeCalendarDayDto
{
    [Required]
    public CalendarDayKind? Kind { get; set; }

    [StringLength(CalendarConsts.MaxNoteLength)]
    public string? Note { get; set; }
}

public sealed class NoticeEndInput
{
    [Required]
    public DateOnly? Start { get; set; }

    [Range(1, CalendarConsts.MaxNoticeWorkingDays)]
    public int WorkingDays { get; set; } = 5;
}

/// <summary>R-15: the notice ends at 24:00 Asia/Shanghai of <see cref="EndsOn"/>, i.e. at <see cref="EndsAtUtc"/>.</summary>
public sealed record NoticeEndDto(DateOnly Start, int WorkingDays, DateOnly EndsOn, DateTime EndsAtUtc);
