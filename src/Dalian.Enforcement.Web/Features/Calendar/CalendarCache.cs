using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Calendar;

/// <summary>
/// The working-day calendar built once from the database and shared by every request. Each server
/// checks the calendar's revision (the newest change record) at most every 30 seconds, so an edit
/// made on one web server reaches the others without a restart.
/// </summary>
public sealed class CalendarCache(IServiceScopeFactory scopes, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan s_recheck = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _current;

    public async Task<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } fresh && time.GetUtcNow() - fresh.CheckedAt < s_recheck)
        {
            return fresh.Calendar;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var revision = await RevisionAsync(db, cancellationToken);
            var calendar = _current is { } known && known.Revision == revision
                ? known.Calendar
                : await LoadAsync(db, cancellationToken);
            _current = new Snapshot(calendar, revision, time.GetUtcNow());
            return calendar;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forget the cached calendar: the next request reads the database.</summary>
    public void Invalidate() => _current = null;

    /// <summary>The calendar as this context sees it (inside an open transaction, too).</summary>
    public static async Task<WorkingDayCalendar> LoadAsync(PortalDbContext db, CancellationToken cancellationToken = default) =>
        new(await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken),
            await db.CalendarYears.Select(y => y.Year).ToListAsync(cancellationToken));

    private static async Task<long> RevisionAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        await db.CalendarChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;

    public void Dispose() => _gate.Dispose();

    private sealed record Snapshot(WorkingDayCalendar Calendar, long Revision, DateTimeOffset CheckedAt);
}
