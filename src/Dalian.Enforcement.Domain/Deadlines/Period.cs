using Dalian.Enforcement.Domain.Calendar;

namespace Dalian.Enforcement.Domain.Deadlines;

public enum PeriodUnit
{
    /// <summary>工作日: counted on the official calendar.</summary>
    WorkingDays,

    /// <summary>日: calendar days; a period ending on a day off ends on the next working day.</summary>
    CalendarDays,
}

/// <summary>A legal period such as "7个工作日" or "3日".</summary>
public readonly record struct Period(int Days, PeriodUnit Unit)
{
    public static Period WorkingDays(int days) => new(days, PeriodUnit.WorkingDays);

    public static Period CalendarDays(int days) => new(days, PeriodUnit.CalendarDays);

    /// <summary>The last day of the period that starts the day after <paramref name="start"/>.</summary>
    public DueDate EndsAfter(DateOnly start, WorkingDayCalendar calendar) => Unit == PeriodUnit.WorkingDays
        ? calendar.AddWorkingDays(start, Days)
        : calendar.AddCalendarDays(start, Days);

    public override string ToString() => Unit == PeriodUnit.WorkingDays ? $"{Days}个工作日" : $"{Days}日";
}

/// <summary>A period that a law or regulation sets for one matter (法律、行政法规另有规定的), with its basis.</summary>
public sealed record StatutoryPeriod(Period Period, string LegalBasis);
