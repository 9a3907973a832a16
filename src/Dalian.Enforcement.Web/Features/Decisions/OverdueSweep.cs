using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>
/// Marks open deadlines that have passed, on every server, every few minutes. Each step is one set-based
/// UPDATE whose result depends only on the dates, so running it twice, or on two servers at once, gives
/// the same rows: no lock or leader is needed. It also recomputes the open deadlines on the current
/// calendar, which closes the window in which a deadline was stored from a calendar just replaced (ADR 0008).
/// </summary>
public sealed class OverdueSweep(IServiceScopeFactory scopes, CalendarCache calendars, LegalClock clock, TimeProvider time,
    IOptions<DisclosureOptions> options, ILogger<OverdueSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var (recomputed, marked) = await SweepAsync(db, calendars, clock.Today, stoppingToken);
                if (recomputed + marked > 0)
                {
                    logger.LogInformation("Overdue sweep: {Recomputed} deadlines recomputed, {Marked} newly overdue", recomputed, marked);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Overdue sweep failed; it runs again at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public static async Task<(int Recomputed, int Marked)> SweepAsync(PortalDbContext db, CalendarCache calendars, DateOnly today,
        CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetCurrentAsync(cancellationToken);
        var open = await db.Deadlines.Where(d => d.CompletedOn == null).ToListAsync(cancellationToken);
        var recomputed = open.Count(d => d.Recompute(calendar));
        db.Audit.Act("deadline.recompute", "定时核查：按当前工作日历重新计算未办结的期限");
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        // Set-based, and so invisible to the change tracker: the rows it changes are named in one event of the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var overdue = await db.Deadlines.Where(d => d.CompletedOn == null && d.Due < today && !d.Overdue).Select(d => d.Id).ToListAsync(cancellationToken);
        var marked = await db.Deadlines.Where(d => overdue.Contains(d.Id) && !d.Overdue)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Overdue, true), cancellationToken);
        // A due date moved later by a calendar correction is no longer overdue.
        var cleared = await db.Deadlines.Where(d => d.CompletedOn == null && d.Due >= today && d.Overdue).Select(d => d.Id).ToListAsync(cancellationToken);
        await db.Deadlines.Where(d => cleared.Contains(d.Id) && d.Overdue)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Overdue, false), cancellationToken);
        if (overdue.Count + cleared.Count > 0)
        {
            db.Audit.Record("deadline.overdue", "Deadline", "*", $"定时核查：{overdue.Count} 个期限逾期，{cleared.Count} 个期限因日历更正不再逾期（{today:yyyy-MM-dd}）",
                [new("Overdue.marked", null, string.Join(",", overdue)), new("Overdue.cleared", null, string.Join(",", cleared))]);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (recomputed, marked);
    }
}
