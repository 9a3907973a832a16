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
    public DateOnly Start { get; private set; }

    public Period Period { get; private set; }

    public DateOnly Due { get; private set; }

    /// <summary>True while a day it depends on is in a year whose arrangement is not loaded.</summary>
    public bool Provisional { get; private set; }

    /// <summary>The day the obligation was met (published, withdrawn, or recorded as not disclosed).</summary>
    public DateOnly? CompletedOn { get; private set; }

    /// <summary>
    /// Set by the overdue sweep while the deadline is open and past due; kept for a deadline that was met
    /// late, so the record shows it was overdue. Derived from the dates, so setting it again changes nothing.
    /// </summary>
    public bool Overdue { get; set; }

    public static Deadline Create(DeadlineKind kind, DateOnly start, Period period, WorkingDayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(period.Days); // a legal period runs forward
        var deadline = new Deadline { Kind = kind, Start = start, Period = period };
        deadline.Recompute(calendar);
        return deadline;
    }

    /// <summary>Starts the period again from another day (a corrected decision date or matter).</summary>
    public void Restart(DateOnly start, Period period, WorkingDayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(period.Days);
        (Start, Period, Overdue) = (start, period, false); // the overdue sweep marks it again if it is still past due
        Recompute(calendar);
    }

    /// <summary>Records that the obligation was met on <paramref name="on"/>; true when that was after the due date.</summary>
    public bool Complete(DateOnly on)
    {
        CompletedOn = on;
        Overdue = on > Due;
        return Overdue;
    }

    /// <summary>Open and past due on <paramref name="today"/>.</summary>
    public bool IsOverdueOn(DateOnly today) => CompletedOn is null && today > Due;

    /// <summary>Computes the due date again; true when it or its provisional flag changed.</summary>
    public bool Recompute(WorkingDayCalendar calendar)
    {
        if (CompletedOn is not null)
        {
            return false; // met or missed, and judged on the calendar of that day: a later calendar change does not rewrite it
        }

        var (due, provisional) = Period.EndsAfter(Start, calendar);
        var changed = due != Due || provisional != Provisional;
        (Due, Provisional) = (due, provisional);
        return changed;
    }
}
