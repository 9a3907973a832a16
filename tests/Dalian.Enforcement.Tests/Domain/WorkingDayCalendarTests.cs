using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Tests.Support;

namespace Dalian.Enforcement.Tests.Domain;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar s_official = new(OfficialArrangements.Load(), OfficialArrangements.Years);

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2019-09-27", 7, "2019-10-12")] // ends on a working Saturday (国庆调休)
    [InlineData("2024-02-08", 7, "2024-02-23")] // across the 2024 Spring Festival, past the working Sunday 02-18
    [InlineData("2025-04-30", 20, "2025-06-03")] // across Labour Day and the Dragon Boat Festival
    [InlineData("2020-01-23", 1, "2020-02-03")] // the 2020 extension (国办发明电〔2020〕1号)
    [InlineData("2024-10-01", 1, "2024-10-08")] // starting on a holiday
    [InlineData("2024-10-01", 0, "2024-10-01")] // N = 0 is the date itself
    [InlineData("2019-10-12", -7, "2019-09-27")] // counting back
    [InlineData("2024-02-23", -7, "2024-02-08")]
    [InlineData("2026-10-08", -1, "2026-09-30")] // back over the 2026 National Day block
    public void Official_boundary_cases(string from, int days, string due)
    {
        var answer = s_official.AddWorkingDays(D(from), days);

        Assert.Equal(D(due), answer.Due);
        Assert.False(answer.Provisional);
    }

    [Fact]
    public void Crossing_into_a_year_that_is_not_loaded_is_provisional_until_it_is()
    {
        var provisional = s_official.AddWorkingDays(D("2026-12-28"), 7);
        Assert.Equal(new DueDate(D("2027-01-06"), Provisional: true), provisional); // 2027-01-01 assumed a working Friday

        var newYear = new CalendarDay { Date = D("2027-01-01"), Kind = CalendarDayKind.Holiday, Name = "元旦", Notice = "test", ArrangementYear = 2027 };
        var loaded = new WorkingDayCalendar(OfficialArrangements.Load().Append(newYear), [.. OfficialArrangements.Years, 2027]);

        Assert.Equal(new DueDate(D("2027-01-07"), Provisional: false), loaded.AddWorkingDays(D("2026-12-28"), 7));
    }

    [Theory]
    [InlineData("2026-11-20", 5, "2026-11-27", false)]
    [InlineData("2026-11-27", 3, "2026-12-02", true)] // the 2027 notice may still move December 2026 days
    [InlineData("2025-12-22", 4, "2025-12-26", false)] // 2026 is loaded, so December 2025 is final
    public void Late_december_depends_on_the_next_years_notice(string from, int days, string due, bool provisional) =>
        Assert.Equal(new DueDate(D(due), provisional), s_official.AddWorkingDays(D(from), days));

    [Fact]
    public void Agrees_with_the_official_arrangements_for_every_start_date_and_period_up_to_30()
    {
        var mismatches = OfficialCalendarOracle.EveryDay(D("2015-01-01"), D("2026-12-31"))
            .SelectMany(from => Enumerable.Range(1, 30).Select(days => (from, days)))
            .Where(c => s_official.AddWorkingDays(c.from, c.days).Due != OfficialCalendarOracle.AddWorkingDays(c.from, c.days))
            .Take(5)
            .ToList();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Every_due_date_is_a_working_day_and_periods_add_up()
    {
        var random = new Random(20261126);
        for (var i = 0; i < 20_000; i++)
        {
            var from = D("2015-01-01").AddDays(random.Next(0, 4383));
            var (a, b) = (random.Next(0, 40), random.Next(0, 40));

            var due = s_official.AddWorkingDays(from, a + b).Due;

            Assert.Equal(due, s_official.AddWorkingDays(s_official.AddWorkingDays(from, a).Due, b).Due);
            Assert.True(a + b == 0 || s_official.IsWorkingDay(due), $"{from} + {a + b} = {due}");
            Assert.Equal(a + b, s_official.WorkingDaysBetween(from, due));
        }
    }

    [Theory]
    [InlineData("2024-09-28", 3, "2024-10-08")] // ends on 10-01 (a holiday): moves to the next working day
    [InlineData("2024-09-25", 3, "2024-09-29")] // ends on a Saturday off: moves to the working Sunday
    [InlineData("2024-10-09", 3, "2024-10-12")] // ends on a working Saturday: stays
    [InlineData("2025-06-03", 3, "2025-06-06")]
    public void Calendar_day_periods_ending_on_a_day_off_move_to_the_next_working_day(string from, int days, string due) =>
        Assert.Equal(new DueDate(D(due), false), s_official.AddCalendarDays(D(from), days));

    [Fact]
    public void A_calendar_day_period_ending_in_an_unloaded_year_is_provisional() =>
        Assert.Equal(new DueDate(D("2027-01-04"), true), s_official.AddCalendarDays(D("2026-12-31"), 3)); // 01-03 is a Sunday

    [Fact]
    public void The_provisional_flag_agrees_with_the_years_crossed()
    {
        foreach (var from in OfficialCalendarOracle.EveryDay(D("2026-10-01"), D("2026-12-31")))
        {
            foreach (var days in new[] { 1, 7, 20, -7 })
            {
                var (due, provisional) = s_official.AddWorkingDays(from, days);
                var (first, last) = days > 0 ? (from.AddDays(1), due) : (due, from.AddDays(-1));
                Assert.Equal(last.Month == 12 || last.Year > 2026 || first.Year > 2026, provisional);
            }
        }
    }

    [Fact]
    public void Working_days_between_counts_the_days_after_the_start()
    {
        Assert.Equal(7, s_official.WorkingDaysBetween(D("2019-09-27"), D("2019-10-12")));
        Assert.Equal(-7, s_official.WorkingDaysBetween(D("2019-10-12"), D("2019-09-27")));
        Assert.Equal(0, s_official.WorkingDaysBetween(D("2024-10-01"), D("2024-10-07")));
    }

    [Fact]
    public void Dates_outside_the_supported_range_are_refused_in_chinese()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => s_official.AddWorkingDays(D("1999-12-31"), 1));
        Assert.Contains("日期须在", error.Message);
    }
}
