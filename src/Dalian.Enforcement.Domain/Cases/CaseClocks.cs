using Dalian.Enforcement.Domain.Calendar;

namespace Dalian.Enforcement.Domain.Cases;

public enum ClockState
{
    Running,
    Overdue,
    Met,
    MetLate,
}

/// <summary>One clock of a case on a day: when it started, when it is due, and whether it was met.</summary>
public sealed record CaseClock(CaseClockRule Rule, DateOnly Start, DateOnly Due, bool Provisional, DateOnly? MetOn, ClockState State)
{
    public int Extension { get; init; }

    public bool IsLate => State is ClockState.Overdue or ClockState.MetLate;
}

/// <summary>The clocks of a case (期限), computed from its stage dates on the official calendar, with today passed in.</summary>
public static class CaseClocks
{
    public static List<CaseClock> Of(EnforcementCase c, CasePolicy policy, WorkingDayCalendar calendar, DateOnly today) =>
        [.. policy.ClocksOf(c.Category).Select(rule => Of(rule, c.DateOf(rule.From), c.DateOf(rule.To), calendar, today, c.ExtendedBy(rule.Name))).OfType<CaseClock>()];

    /// <summary>
    /// A clock from <paramref name="start"/>, its period lengthened by the approved <paramref name="extension"/>: met on
    /// <paramref name="metOn"/>, or still running (or overdue) on <paramref name="today"/>.
    /// </summary>
    public static CaseClock? Of(CaseClockRule rule, DateOnly? start, DateOnly? metOn, WorkingDayCalendar calendar, DateOnly today, int extension = 0)
    {
        if (start is not { } from || rule.Days <= 0)
        {
            return null;
        }

        var (due, provisional) = new Deadlines.Period(rule.Days + extension, rule.Unit).EndsAfter(from, calendar);
        var state = metOn is { } met
            ? met > due ? ClockState.MetLate : ClockState.Met
            : today > due ? ClockState.Overdue : ClockState.Running;
        return new CaseClock(rule, from, due, provisional && metOn is null, metOn, state) { Extension = extension };
    }
}
