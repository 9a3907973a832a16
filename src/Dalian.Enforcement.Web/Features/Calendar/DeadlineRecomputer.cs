using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Calendar;

/// <summary>
/// The hook between the calendar and every stored deadline: after a year's arrangement changes, each
/// deadline that counts through that year (or is still provisional) is computed again. Runs inside
/// the caller's transaction, in batches, so a province's worth of deadlines never sits in memory.
/// </summary>
public static class DeadlineRecomputer
{
    private const int BatchSize = 5000;

    /// <returns>How many deadlines changed their due date or provisional flag.</returns>
    public static async Task<int> RecomputeAsync(
        PortalDbContext db, WorkingDayCalendar calendar, int arrangementYear, CancellationToken cancellationToken = default)
    {
        var first = CalendarRules.FirstDayOf(arrangementYear);
        var last = CalendarRules.LastDayOf(arrangementYear);
        var changed = 0;
        long after = 0;
        while (true)
        {
            var batch = await db.Deadlines
                .Where(d => d.Id > after && (d.Provisional || (d.Start <= last && d.Due >= first)))
                .OrderBy(d => d.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return changed;
            }

            changed += batch.Count(d => d.Recompute(calendar));
            db.Audit.Act("deadline.recompute", $"{arrangementYear}年工作日安排变更后重新计算期限");
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            after = batch[^1].Id;
        }
    }
}
