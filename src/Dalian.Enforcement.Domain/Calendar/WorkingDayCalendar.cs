namespace Dalian.Enforcement.Domain.Calendar;

/// <summary>
/// China's official working-day calendar, in memory. A working day is a Monday–Friday that is not an
/// official holiday, or a weekend day made a working day (调休上班). Every answer is O(1): the
/// constructor lays out the days from <see cref="MinDate"/> to <see cref="MaxDate"/> with running
/// counts, so no question walks day by day or touches the database.
/// </summary>
/// <remarks>
/// An answer is <em>provisional</em> when a day it depends on is not final: a day of a year whose
/// arrangement is not loaded (only weekends are assumed there), or a day of December of a year whose
/// following year is not loaded, because the next year's notice may still move it (the 2019 notice
/// made 2018-12-29 a working day and 12-30/31 holidays). The notices appear around November, so
/// December is normally final by the time it comes.
/// </remarks>
public sealed class WorkingDayCalendar
{
    public static DateOnly MinDate { get; } = new(2000, 1, 1);

    public static DateOnly MaxDate { get; } = new(2199, 12, 31);

    private readonly bool[] _working;
    private readonly int[] _workingBefore;   // working days in [0, i)
    private readonly int[] _workingDays;     // index of the k-th working day
    private readonly int[] _uncertainBefore; // not-final days in [0, i)
    private readonly HashSet<int> _loadedYears;
    private readonly CalendarDay[] _specialDays;

    public WorkingDayCalendar(IEnumerable<CalendarDay> specialDays, IEnumerable<int> loadedYears)
    {
        _loadedYears = [.. loadedYears];
        _specialDays = [.. specialDays.Where(d => d.Date >= MinDate && d.Date <= MaxDate).OrderBy(d => d.Date)];

        var count = MaxDate.DayNumber - MinDate.DayNumber + 1;
        _working = new bool[count];
        for (var i = 0; i < count; i++)
        {
            _working[i] = DateAt(i).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        }

        foreach (var day in _specialDays)
        {
            _working[Index(day.Date)] = day.Kind == CalendarDayKind.Workday;
        }

        _workingBefore = new int[count + 1];
        _uncertainBefore = new int[count + 1];
        var workingDays = new List<int>(count * 5 / 7 + 1);
        for (var i = 0; i < count; i++)
        {
            _workingBefore[i + 1] = _workingBefore[i] + (_working[i] ? 1 : 0);
            _uncertainBefore[i + 1] = _uncertainBefore[i] + (IsFinal(DateAt(i)) ? 0 : 1);
            if (_working[i])
            {
                workingDays.Add(i);
            }
        }

        _workingDays = [.. workingDays];
    }

    public IReadOnlySet<int> LoadedYears => _loadedYears;

    public bool IsLoaded(int year) => _loadedYears.Contains(year);

    public bool IsWorkingDay(DateOnly date) => _working[Index(date)];

    /// <summary>True when the day's status can no longer change: see the remarks on provisional answers.</summary>
    public bool IsFinal(DateOnly date) =>
        IsLoaded(date.Year) && (date.Month < 12 || IsLoaded(date.Year + 1));

    /// <summary>
    /// The N-th working day after <paramref name="from"/>: counting starts the day after, so a period
    /// "within 7 working days of the decision" ends on <c>AddWorkingDays(decidedOn, 7)</c>. N = 0 is the
    /// date itself; a negative N counts back (the |N|-th working day before the date).
    /// </summary>
    public DueDate AddWorkingDays(DateOnly from, int days)
    {
        var start = Index(from);
        if (days == 0)
        {
            return new DueDate(from, false);
        }

        if (days > 0)
        {
            var k = _workingBefore[start + 1] + days - 1;
            var due = k < _workingDays.Length ? _workingDays[k] : throw OutOfRange(nameof(days));
            return new DueDate(DateAt(due), Uncertain(start + 1, due));
        }

        var back = _workingBefore[start] + days;
        var earlier = back >= 0 ? _workingDays[back] : throw OutOfRange(nameof(days));
        return new DueDate(DateAt(earlier), Uncertain(earlier, start - 1));
    }

    /// <summary>
    /// A period of calendar days. When its last day is not a working day, the period ends on the next
    /// working day (民法典 art. 203: 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日).
    /// </summary>
    public DueDate AddCalendarDays(DateOnly from, int days)
    {
        Index(from);
        var target = Index(from.AddDays(days));
        var due = target;
        while (days > 0 && !_working[due])
        {
            due = due + 1 < _working.Length ? due + 1 : throw OutOfRange(nameof(days));
        }

        return new DueDate(DateAt(due), days > 0 && Uncertain(target, due));
    }

    /// <summary>Working days in (from, to]; negative when <paramref name="to"/> is before <paramref name="from"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to) =>
        _workingBefore[Index(to) + 1] - _workingBefore[Index(from) + 1];

    /// <summary>True when any day from <paramref name="first"/> to <paramref name="last"/> is not final.</summary>
    public bool IsProvisional(DateOnly first, DateOnly last) => Uncertain(Index(first), Index(last));

    /// <summary>
    /// Why an answer over <paramref name="first"/>..<paramref name="last"/> is provisional, in words for people; null when it is final.
    /// Either a year it reaches has no arrangement loaded, or it ends in a December whose following year's notice is not loaded yet
    /// (that notice may still move late-December days, as the 2019 notice made 2018-12-29 a working day and 2018-12-31 a holiday).
    /// </summary>
    public string? ProvisionalReason(DateOnly first, DateOnly last)
    {
        if (!IsProvisional(first, last))
        {
            return null;
        }

        for (var year = first.Year; year <= last.Year; year++)
        {
            if (!_loadedYears.Contains(year))
            {
                return $"期间涉及{year}年，该年的节假日安排尚未公布，暂按周六、周日休息计算；安排载入后平台自动重新计算。";
            }
        }

        // Every year reached is loaded: the uncertain days are the last year's December, which its next year's notice may move.
        return $"期间涉及{last.Year}年12月，{last.Year + 1}年的节假日安排尚未公布，它可能调整{last.Year}年12月下旬的安排"
            + "（如2019年的安排将2018年12月29日调为上班、12月31日调为放假）；安排载入后平台自动重新计算。";
    }

    /// <summary>The holidays and adjusted working days from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public IEnumerable<CalendarDay> SpecialDaysBetween(DateOnly first, DateOnly last) =>
        _specialDays.SkipWhile(d => d.Date < first).TakeWhile(d => d.Date <= last);

    public static bool IsSupported(DateOnly date) => date >= MinDate && date <= MaxDate;

    private bool Uncertain(int first, int last) =>
        last >= first && _uncertainBefore[last + 1] - _uncertainBefore[first] > 0;

    private static int Index(DateOnly date) =>
        IsSupported(date)
            ? date.DayNumber - MinDate.DayNumber
            : throw new ArgumentOutOfRangeException(nameof(date), date, $"日期须在 {MinDate:yyyy-MM-dd} 至 {MaxDate:yyyy-MM-dd} 之间。");

    private static DateOnly DateAt(int index) => MinDate.AddDays(index);

    private static ArgumentOutOfRangeException OutOfRange(string name) =>
        new(name, $"结果超出日历支持的范围（{MinDate:yyyy-MM-dd} 至 {MaxDate:yyyy-MM-dd}）。");
}

/// <summary>A computed due date; provisional while a day it depends on may still change.</summary>
public readonly record struct DueDate(DateOnly Due, bool Provisional);
