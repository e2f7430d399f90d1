namespace RobotPlan.Calendar;

/// <summary>Why a date departs from the Monday–Friday rule .</summary>
public enum CalendarDayKind
{
    /// <summary>法定节假日: a weekday off.</summary>
    Holiday = 0,
    /// <summary>调休上班: a weekend day worked to make up for a holiday.</summary>
    MakeUpWorkingDay = 1,
}

public static class CalendarConsts
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int MaxNoteLength = 64;
    public const int MaxSourceLength = 256;
    /// <summary>Longest notice the public calculator counts (R-15's default is 5).</summary>
    public const int MaxNoticeWorkingDays = 60;
}
