using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Calendar;

/// <summary>
/// Loads the official arrangements shipped with the portal (2015–2026) into an empty calendar. This
/// is reference data, not demo data: it runs on every installation, once.
/// </summary>
public static class CalendarSeeder
{
    public const string SeedUser = "系统初始化（cn-holidays.csv）";

    public static async Task SeedAsync(PortalDbContext db, LegalClock clock, CancellationToken cancellationToken = default)
    {
        if (await db.CalendarYears.AnyAsync(cancellationToken) || await db.CalendarDays.AnyAsync(cancellationToken))
        {
            return;
        }

        var days = OfficialArrangements.Load();
        db.CalendarDays.AddRange(days);
        foreach (var year in OfficialArrangements.Years)
        {
            db.CalendarYears.Add(new CalendarYear { Year = year, LoadedAtUtc = clock.UtcNow, LoadedBy = SeedUser });
        }

        db.Audit.Act("calendar.seed", $"初始载入{string.Join("、", OfficialArrangements.Years)}年官方安排共{days.Count}天");
        await db.SaveChangesAsync(cancellationToken);
        await CalendarCache.NextRevisionAsync(db, cancellationToken);
    }
}
