using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Calendar;

/// <summary>
/// Supervisors' changes to the official calendar. Each change is one transaction that first takes the
/// next calendar revision (so concurrent editors queue up), checks and applies the change, records who
/// did what, and recomputes every deadline that depends on the year.
/// </summary>
public sealed class CalendarEditor(PortalDbContext db, CalendarCache cache, LegalClock clock, ILogger<CalendarEditor> logger)
{
    public Task<CalendarEdit> SaveDayAsync(int year, CalendarDay day, string by, CancellationToken cancellationToken = default) =>
        InTransactionAsync(year, by, "calendar.day", async () =>
        {
            var existing = await db.CalendarDays.FindAsync([day.Date], cancellationToken);
            if (existing is null)
            {
                db.CalendarDays.Add(day);
                return Change.Done("添加", Describe(day));
            }

            if (existing.ArrangementYear != year)
            {
                return Change.Refused($"{day.Date:yyyy-MM-dd} 已属于{existing.ArrangementYear}年的安排，请在该年份中修改。");
            }

            var before = Describe(existing);
            (existing.Kind, existing.Name, existing.Notice) = (day.Kind, day.Name, day.Notice);
            return Change.Done("修改", $"{before} → {Describe(existing)}");
        }, cancellationToken);

    public Task<CalendarEdit> RemoveDayAsync(int year, DateOnly date, string by, CancellationToken cancellationToken = default) =>
        InTransactionAsync(year, by, "calendar.remove-day", async () =>
        {
            var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == date && d.ArrangementYear == year, cancellationToken);
            if (day is null)
            {
                return Change.Refused($"{year}年的安排中没有 {date:yyyy-MM-dd}，可能已被他人删除。");
            }

            db.CalendarDays.Remove(day);
            return Change.Done("删除", Describe(day));
        }, cancellationToken);

    /// <summary>Replaces the year's arrangement with the file's rows and marks the year loaded.</summary>
    public Task<CalendarEdit> ImportYearAsync(int year, IReadOnlyList<HolidayRow> rows, string notice, string by, CancellationToken cancellationToken = default) =>
        InTransactionAsync(year, by, "calendar.import", async () =>
        {
            var holidays = rows.Count(r => r.Kind == CalendarDayKind.Holiday);
            if (holidays < CalendarRules.MinimumHolidaysForAYear)
            {
                return Change.Refused($"文件只有{holidays}个放假日，不是完整的全年安排（至少应有{CalendarRules.MinimumHolidaysForAYear}个）。");
            }

            var dates = rows.Select(r => r.Date).ToList();
            var taken = await db.CalendarDays.Where(d => dates.Contains(d.Date) && d.ArrangementYear != year).ToListAsync(cancellationToken);
            if (taken.Count > 0)
            {
                return Change.Refused([.. rows.Join(taken, r => r.Date, d => d.Date, (r, d) => $"第{r.Line}行：{r.Date:yyyy-MM-dd} 已属于{d.ArrangementYear}年的安排。")]);
            }

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
            return Change.Done("导入", $"以{rows.Count}天（放假{holidays}天、调休上班{rows.Count - holidays}天）替换原有{old.Count}天；依据：{notice}");
        }, cancellationToken);

    /// <summary>Confirms that a year's arrangement, entered day by day, is complete.</summary>
    public Task<CalendarEdit> ConfirmLoadedAsync(int year, string by, CancellationToken cancellationToken = default) =>
        InTransactionAsync(year, by, "calendar.confirm", async () =>
        {
            if (await db.CalendarYears.AnyAsync(y => y.Year == year, cancellationToken))
            {
                return Change.Refused($"{year}年的安排已经载入。");
            }

            var holidays = await db.CalendarDays.CountAsync(d => d.ArrangementYear == year && d.Kind == CalendarDayKind.Holiday, cancellationToken);
            if (holidays < CalendarRules.MinimumHolidaysForAYear)
            {
                return Change.Refused($"{year}年只录入了{holidays}个放假日，还不是完整的全年安排（至少应有{CalendarRules.MinimumHolidaysForAYear}个），不能确认载入。");
            }

            await MarkLoadedAsync(year, by, cancellationToken);
            return Change.Done("确认载入", $"确认{year}年安排已完整载入（放假{holidays}天）");
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

    private async Task<CalendarEdit> InTransactionAsync(int year, string by, string action, Func<Task<Change>> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await CalendarCache.NextRevisionAsync(db, cancellationToken);
        db.Audit.Act(action);
        var outcome = await change();
        if (outcome.Errors.Count > 0)
        {
            return CalendarEdit.Refused([.. outcome.Errors]); // disposing the transaction rolls it back
        }

        db.Audit.Act(action, $"{year}年安排{outcome.Action}：{outcome.Details}");
        await db.SaveChangesAsync(cancellationToken);
        var changed = await DeadlineRecomputer.RecomputeAsync(db, await CalendarCache.LoadAsync(db, cancellationToken), year, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await cache.GetCurrentAsync(cancellationToken);
        logger.LogInformation("Calendar {Year} {Action} by {By}: {Changed} deadlines recomputed and changed", year, outcome.Action, by, changed);
        return new CalendarEdit(changed, []);
    }

    private static string Describe(CalendarDay day) =>
        $"{day.Date:yyyy-MM-dd} {ChineseCalendarText.Kind(day.Kind)}（{day.Name}；{day.Notice}）";

    private sealed record Change(string Action, string Details, IReadOnlyList<string> Errors)
    {
        public static Change Done(string action, string details) => new(action, details, []);

        public static Change Refused(params string[] errors) => new("", "", errors);
    }
}

/// <summary>The outcome of a calendar change: refused with reasons, or done with the number of deadlines it moved.</summary>
public sealed record CalendarEdit(int DeadlinesChanged, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static CalendarEdit Refused(params string[] errors) => new(0, errors);
}
