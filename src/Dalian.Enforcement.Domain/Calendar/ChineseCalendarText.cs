namespace Dalian.Enforcement.Domain.Calendar;

public static class ChineseCalendarText
{
    private static readonly string[] s_weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public static string Weekday(DateOnly date) => s_weekdays[(int)date.DayOfWeek];

    public static string Kind(CalendarDayKind kind) => kind == CalendarDayKind.Holiday ? "放假" : "调休上班";

    /// <summary>2026年10月1日</summary>
    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
