using Dalian.Enforcement.Domain.Calendar;

namespace Dalian.Enforcement.Tests.Support;

/// <summary>
/// An independent, deliberately naive reading of cn-holidays.csv (split by hand, walked day by day)
/// to check the engine and the endpoint against the official arrangements.
/// </summary>
public static class OfficialCalendarOracle
{
    private static readonly Lazy<Dictionary<DateOnly, bool>> s_days = new(() =>
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream("cn-holidays.csv")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Skip(1).Where(l => l.Trim().Length > 0)
            .Select(l => l.Trim().Split(','))
            .ToDictionary(c => DateOnly.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture), c => c[1] == "workday");
    });

    public static bool IsWorkingDay(DateOnly date) =>
        s_days.Value.TryGetValue(date, out var working) ? working : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public static DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var date = from;
        for (var left = days; left > 0;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    public static IEnumerable<DateOnly> EveryDay(DateOnly first, DateOnly last)
    {
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            yield return d;
        }
    }
}
