using System.Diagnostics;
using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Domain.Deadlines;

namespace Dalian.Enforcement.Benchmarks;

/// <summary>
/// Due dates for 1,000,000 decisions with random decision dates (2015–2026) and random categories,
/// a tenth of them with a matter's own statutory period. Prints the figures; asserts nothing.
/// </summary>
internal static class DueDateBenchmark
{
    public static void Run()
    {
        const int Decisions = 1_000_000;
        const int Rounds = 5;

        var build = Stopwatch.StartNew();
        var calendar = new WorkingDayCalendar(OfficialArrangements.Load(), OfficialArrangements.Years);
        build.Stop();

        var policy = new DeadlinePolicy();
        var random = new Random(20261126);
        var first = new DateOnly(2015, 1, 1);
        var span = new DateOnly(2026, 12, 31).DayNumber - first.DayNumber + 1;
        var inputs = new (DateOnly Decided, EnforcementCategory Category, StatutoryPeriod? Statutory)[Decisions];
        for (var i = 0; i < Decisions; i++)
        {
            var statutory = random.Next(10) == 0
                ? new StatutoryPeriod(random.Next(2) == 0 ? Period.WorkingDays(random.Next(1, 61)) : Period.CalendarDays(random.Next(1, 91)), "benchmark")
                : null;
            inputs[i] = (first.AddDays(random.Next(span)), EnforcementCategories.All[random.Next(EnforcementCategories.All.Count)], statutory);
        }

        Print( $"calendar built in {build.Elapsed.TotalMilliseconds:F1} ms (2000-01-01..2199-12-31, {OfficialArrangements.Load().Count} official days)");
        var times = new List<double>();
        for (var round = 0; round <= Rounds; round++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            long checksum = 0;
            var provisional = 0;
            foreach (var (decided, category, statutory) in inputs)
            {
                var (due, isProvisional) = policy.PublicationPeriod(category, statutory).EndsAfter(decided, calendar);
                checksum += due.DayNumber;
                provisional += isProvisional ? 1 : 0;
            }

            watch.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            var label = round == 0 ? "warm-up" : $"round {round}";
            if (round > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            var ms = watch.Elapsed.TotalMilliseconds;
            Print($"{label,-8} {Decisions:N0} due dates in {ms,7:F1} ms ({ms * 1e6 / Decisions:F0} ns each), {allocated:N0} bytes allocated, {provisional:N0} provisional, checksum {checksum}");
        }

        times.Sort();
        Print( $"median {times[times.Count / 2]:F1} ms, best {times[0]:F1} ms for {Decisions:N0} decisions");
    }

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
