namespace Dalian.Enforcement.Domain.Calendar;

/// <summary>A date that departs from the Monday–Friday rule.</summary>
public enum CalendarDayKind
{
    /// <summary>A day off inside a holiday block (放假).</summary>
    Holiday,

    /// <summary>A weekend day made a working day (调休上班).</summary>
    Workday,
}

/// <summary>
/// One day of an official holiday arrangement, with the notice it comes from. The arrangement year is
/// the notice's year: 2018-12-29 belongs to the 2019 arrangement.
/// </summary>
public sealed class CalendarDay
{
    public required DateOnly Date { get; init; }

    public required CalendarDayKind Kind { get; set; }

    /// <summary>The festival, e.g. 春节 or 国庆节、中秋节.</summary>
    public required string Name { get; set; }

    /// <summary>The notice that made this day, e.g. 国务院办公厅关于2026年部分节假日安排的通知.</summary>
    public required string Notice { get; set; }

    public required int ArrangementYear { get; init; }
}

/// <summary>A year whose official arrangement is fully loaded: counting through it is final, not provisional.</summary>
public sealed class CalendarYear
{
    public required int Year { get; init; }

    public required DateTime LoadedAtUtc { get; set; }

    public required string LoadedBy { get; set; }
}

/// <summary>Who changed the calendar, when and how (every change is kept).</summary>
public sealed class CalendarChange
{
    public long Id { get; private set; }

    public required DateTime AtUtc { get; init; }

    public required string By { get; init; }

    public required int Year { get; init; }

    public required string Action { get; init; }

    public required string Details { get; init; }
}
