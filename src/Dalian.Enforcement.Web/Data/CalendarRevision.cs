namespace Dalian.Enforcement.Web.Data;

/// <summary>
/// One row counting the calendar's changes. Every change increments it first thing in its
/// transaction, which orders concurrent editors (the row is locked until commit) and gives every web
/// server a reliable number to compare its cached calendar with.
/// </summary>
public sealed class CalendarRevision
{
    public const int SingletonId = 1;

    public int Id { get; init; }

    public long Value { get; init; }
}
