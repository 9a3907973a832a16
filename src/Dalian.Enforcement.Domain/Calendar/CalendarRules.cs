namespace Dalian.Enforcement.Domain.Calendar;

/// <summary>What makes one day of an arrangement acceptable, for the import and for the editor alike.</summary>
public static class CalendarRules
{
    /// <summary>
    /// Fewer holiday days than this cannot be a whole year's arrangement (every year 2015–2026 has 27 or
    /// more), so a year with fewer is not accepted as loaded: its deadlines would wrongly become final.
    /// </summary>
    public const int MinimumHolidaysForAYear = 20;

    public const int MaxNoticeLength = 200;

    /// <summary>The arrangement years the calendar can hold (its first year has no December before it).</summary>
    public static bool IsSupportedYear(int year) =>
        year > WorkingDayCalendar.MinDate.Year && year <= WorkingDayCalendar.MaxDate.Year;

    /// <summary>The first day a year's notice can touch: its New Year block may start in December before.</summary>
    public static DateOnly FirstDayOf(int arrangementYear) => new(arrangementYear - 1, 12, 1);

    public static DateOnly LastDayOf(int arrangementYear) => new(arrangementYear, 12, 31);

    /// <summary>The reason the day cannot be part of the arrangement, in Chinese, or null when it can.</summary>
    public static string? Problem(DateOnly date, CalendarDayKind kind, string name, int? arrangementYear)
    {
        if (kind == CalendarDayKind.Workday && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            return $"{date:yyyy-MM-dd} 是{ChineseCalendarText.Weekday(date)}，只有周六或周日才能调为上班日。";
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 50)
        {
            return "名称（节日）不能为空，且不超过50个字。";
        }

        if (arrangementYear is { } y && (date < FirstDayOf(y) || date > LastDayOf(y)))
        {
            return $"{date:yyyy-MM-dd} 不属于{y}年的安排（应在 {FirstDayOf(y):yyyy-MM-dd} 至 {LastDayOf(y):yyyy-MM-dd} 之间）。";
        }

        return WorkingDayCalendar.IsSupported(date) ? null : $"日期须在 {WorkingDayCalendar.MinDate:yyyy-MM-dd} 至 {WorkingDayCalendar.MaxDate:yyyy-MM-dd} 之间。";
    }
}
