using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Calendar;

/// <summary>
/// Supervisors' changes to the official calendar. Each change is one transaction: the change itself,
/// its record (who, when, what), and the recomputation of every deadline that depends on the year.
/// </summary>
public sealed class CalendarEditor(PortalDbContext db, CalendarCache cache, LegalClock clock, ILogger<CalendarEditor> logger)
{
    public async Task<CalendarEdit> SaveDayAsync(int year, CalendarDay day, string by, CancellationToken cancellationToken = default)
    {
        var existing = await db.CalendarDays.FindAsync([day.Date], cancellationToken);
        if (existing is not null && existing.ArrangementYear != year)
        {
            return CalendarEdit.Refused($"{day.Date:yyyy-MM-dd} 已属于{existing.ArrangementYear}年的安排，请在该年份中修改。");
        }

        return await InTransactionAsync(year, by, () =>
        {
            if (existing is null)
            {
                db.CalendarDays.Add(day);
                return Task.FromResult(("添加", Describe(day)));
            }

            var before = Describe(existing);
            (existing.Kind, existing.Name, existing.Notice) = (day.Kind, day.Name, day.Notice);
            return Task.FromResult(("修改", $"{before} → {Describe(existing)}"));
        }, cancellationToken);
    }

    public async Task<CalendarEdit> RemoveDayAsync(int year, DateOnly date, string by, CancellationToken cancellationToken = default)
    {
        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == date && d.ArrangementYear == year, cancellationToken);
        if (day is null)
        {
            return CalendarEdit.Refused($"{year}年的安排中没有 {date:yyyy-MM-dd}，可能已被他人删除。");
        }

        return await InTransactionAsync(year, by, () =>
        {
            db.CalendarDays.Remove(day);
            return Task.FromResult(("删除", Describe(day)));
        }, cancellationToken);
    }

    /// <summary>Replaces the year's arrangement with the file's rows and marks the year loaded.</summary>
    public async Task<CalendarEdit> ImportYearAsync(int year, IReadOnlyList<HolidayRow> rows, string notice, string by, CancellationToken cancellationToken = default)
    {
        var dates = rows.Select(r => r.Date).ToList();
        var taken = await db.CalendarDays.Where(d => dates.Contains(d.Date) && d.ArrangementYear != year).ToListAsync(cancellationToken);
        if (taken.Count > 0)
        {
            return CalendarEdit.Refused([.. rows.Join(taken, r => r.Date, d => d.Date, (r, d) =>
                $"第{r.Line}行：{r.Date:yyyy-MM-dd} 已属于{d.ArrangementYear}年的安排。")]);
        }

        return await InTransactionAsync(year, by, async () =>
        {
            var old = await db.CalendarDays.Where(d => d.ArrangementYear == year).ToListAsync(cancellationToken);
            db.CalendarDays.RemoveRange(old);
            await db.SaveChangesAsync(cancellationToken);
            db.CalendarDays.AddRange(rows.Select(r => new CalendarDay
            {
                Date = r.Date,
                Kind = r.Kind,
                Name = r.Name,
                Notice = r.Notice ?? notice,
                ArrangementYear = year,
            }));
            await MarkLoadedAsync(year, by, cancellationToken);
            return ("导入", $"以{rows.Count}天（放假{rows.Count(r => r.Kind == CalendarDayKind.Holiday)}天、调休上班"
                + $"{rows.Count(r => r.Kind == CalendarDayKind.Workday)}天）替换原有{old.Count}天；依据：{notice}");
        }, cancellationToken);
    }

    /// <summary>Confirms that a year's arrangement is complete: counting through it is no longer provisional.</summary>
    public async Task<CalendarEdit> ConfirmLoadedAsync(int year, string by, CancellationToken cancellationToken = default) =>
        await InTransactionAsync(year, by, async () =>
        {
            await MarkLoadedAsync(year, by, cancellationToken);
            return ("确认载入", $"确认{year}年安排已完整载入");
        }, cancellationToken);

    private async Task MarkLoadedAsync(int year, string by, CancellationToken cancellationToken)
    {
        if (await db.CalendarYears.FindAsync([year], cancellationToken) is { } loaded)
        {
            (loaded.LoadedAtUtc, loaded.LoadedBy) = (clock.UtcNow, by);
        }
        else
        {
            db.CalendarYears.Add(new CalendarYear { Year = year, LoadedAtUtc = clock.UtcNow, LoadedBy = by });
        }
    }

    private async Task<CalendarEdit> InTransactionAsync(
        int year, string by, Func<Task<(string Action, string Details)>> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (action, details) = await change();
        db.CalendarChanges.Add(new CalendarChange { AtUtc = clock.UtcNow, By = by, Year = year, Action = action, Details = details });
        await db.SaveChangesAsync(cancellationToken);

        var calendar = await CalendarCache.LoadAsync(db, cancellationToken);
        var changed = await DeadlineRecomputer.RecomputeAsync(db, calendar, year, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Invalidate();
        logger.LogInformation("Calendar {Year} {Action} by {By}: {Changed} deadlines recomputed and changed", year, action, by, changed);
        return new CalendarEdit(changed, []);
    }

    private static string Describe(CalendarDay day) =>
        $"{day.Date:yyyy-MM-dd} {ChineseCalendarText.Kind(day.Kind)}（{day.Name}）";
}

/// <summary>The outcome of a calendar change: refused with reasons, or done with the number of deadlines it moved.</summary>
public sealed record CalendarEdit(int DeadlinesChanged, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static CalendarEdit Refused(params string[] errors) => new(0, errors);
}
