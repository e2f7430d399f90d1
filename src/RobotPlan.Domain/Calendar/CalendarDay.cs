namespace RobotPlan.Calendar;

/// <summary>An exception to the Monday–Friday rule: a public holiday, or a weekend make-up working day (调休上班).</summary>
public class CalendarDay : Entity
{
    public DateOnly Date { get; private set; }
    public bool IsWorkingDay { get; private set; }
    public string? Note { get; private set; }

    private CalendarDay() { }

    public CalendarDay(DateOnly date, bool isWorkingDay, string? note = null)
    {
        Date = date;
        IsWorkingDay = isWorkingDay;
        Note = note;
    }

    public void Change(bool isWorkingDay, string? note)
    {
        IsWorkingDay = isWorkingDay;
        Note = note;
    }
}

/// <summary>A year the official calendar is known for; counting into any other year is an error .</summary>
public class CalendarYear : Entity
{
    public int Year { get; private set; }
    public string Source { get; private set; } = null!;

    private CalendarYear() { }

    public CalendarYear(int year, string source)
    {
        Year = year;
        Source = source;
    }
}
