using Dalian.Enforcement.Domain.Calendar;

namespace Dalian.Enforcement.Domain.Deadlines;

public enum DeadlineKind
{
    Publication,
    Withdrawal,
    LegalReview,
}

/// <summary>
/// A stored legal deadline: the day it starts from, its period and the due date computed on the
/// official calendar. Features (decisions, withdrawals, reviews) keep their deadlines here, so that
/// a change to the calendar recomputes all of them in one place.
/// </summary>
public sealed class Deadline
{
    public long Id { get; private set; }

    public required DeadlineKind Kind { get; init; }

    /// <summary>The day the period runs from (counting starts the day after).</summary>
    public required DateOnly Start { get; init; }

    public required Period Period { get; init; }

    public DateOnly Due { get; private set; }

    /// <summary>True while a day it depends on is in a year whose arrangement is not loaded.</summary>
    public bool Provisional { get; private set; }

    public static Deadline Create(DeadlineKind kind, DateOnly start, Period period, WorkingDayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(period.Days); // a legal period runs forward
        var deadline = new Deadline { Kind = kind, Start = start, Period = period };
        deadline.Recompute(calendar);
        return deadline;
    }

    /// <summary>Computes the due date again; true when it or its provisional flag changed.</summary>
    public bool Recompute(WorkingDayCalendar calendar)
    {
        var (due, provisional) = Period.EndsAfter(Start, calendar);
        var changed = due != Due || provisional != Provisional;
        (Due, Provisional) = (due, provisional);
        return changed;
    }
}
