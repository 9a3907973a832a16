using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Calendar;

/// <summary>
/// The working-day calendar built once from the database and shared by every request. Reads check the
/// calendar's revision at most every 30 seconds, so an edit made on one web server reaches the others
/// without a restart; <see cref="GetCurrentAsync"/> checks it every time, for code that stores a deadline.
/// </summary>
public sealed class CalendarCache(IServiceScopeFactory scopes, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan s_recheck = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _current;

    /// <summary>The calendar for reading: at most 30 seconds behind another server's edit.</summary>
    public async Task<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken = default) =>
        _current is { } fresh && time.GetUtcNow() - fresh.CheckedAt < s_recheck
            ? fresh.Calendar
            : await GetCurrentAsync(cancellationToken);

    /// <summary>The calendar as of the database's current revision (one small query when unchanged).</summary>
    public async Task<WorkingDayCalendar> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
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

    /// <summary>The calendar as this context sees it (inside an open transaction, too).</summary>
    public static async Task<WorkingDayCalendar> LoadAsync(PortalDbContext db, CancellationToken cancellationToken = default) =>
        new(await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken),
            await db.CalendarYears.Select(y => y.Year).ToListAsync(cancellationToken));

    private static async Task<long> RevisionAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        await db.CalendarRevisions.Where(r => r.Id == CalendarRevision.SingletonId).Select(r => r.Value).SingleAsync(cancellationToken);

    /// <summary>Takes the next revision; the first statement of every calendar change's transaction.</summary>
    public static Task NextRevisionAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        db.CalendarRevisions.Where(r => r.Id == CalendarRevision.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Value, r => r.Value + 1), cancellationToken);

    public void Dispose() => _gate.Dispose();

    private sealed record Snapshot(WorkingDayCalendar Calendar, long Revision, DateTimeOffset CheckedAt);
}
