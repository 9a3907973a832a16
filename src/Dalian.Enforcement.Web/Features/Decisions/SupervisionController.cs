using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>The justice bureau's dashboard: every agency's open publication deadlines, overdue items and on-time rate.</summary>
[Authorize(Roles = PortalRoles.Supervisor + "," + PortalRoles.Auditor)]
[Route("admin/supervision")]
public sealed class SupervisionController(PortalDbContext db, CalendarCache calendars, LegalClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var soon = (await calendars.GetCurrentAsync(cancellationToken)).AddWorkingDays(today, 2).Due;
        var counts = await db.Decisions.AsNoTracking().Where(d => d.PublicationDeadline != null)
            .Select(d => new { d.AgencyId, d.PublicationDeadline!.CompletedOn, d.PublicationDeadline.Due })
            .GroupBy(d => d.AgencyId)
            .Select(g => new AgencyTimeliness(g.Key, "",
                g.Count(d => d.CompletedOn == null),
                g.Count(d => d.CompletedOn == null && d.Due < today),
                g.Count(d => d.CompletedOn == null && d.Due >= today && d.Due <= soon),
                g.Count(d => d.CompletedOn != null && d.CompletedOn <= d.Due),
                g.Count(d => d.CompletedOn != null && d.CompletedOn > d.Due)))
            .ToListAsync(cancellationToken);
        var names = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var overdue = await db.Decisions.AsNoTracking()
            .Where(d => d.PublicationDeadline!.CompletedOn == null && d.PublicationDeadline.Due < today)
            .OrderBy(d => d.PublicationDeadline!.Due).Take(100)
            .Select(d => new UrgencyRow(d.Id, d.Agency!.ShortName, d.Category, d.PublicPartyName, d.DocumentNumber, d.DecisionDate, d.State,
                d.PublicationDeadline!.Due, d.PublicationDeadline.Provisional))
            .ToListAsync(cancellationToken);
        var rows = names.Select(n => counts.FirstOrDefault(c => c.AgencyId == n.Key) is { } c ? c with { Agency = n.Value } : new AgencyTimeliness(n.Key, n.Value, 0, 0, 0, 0, 0))
            .OrderByDescending(r => r.Overdue).ThenBy(r => r.AgencyId).ToList();
        return View("Supervision", new SupervisionPage(rows, overdue, today));
    }
}

/// <summary>One agency's publication timeliness. The on-time rate counts deadlines met on time among all met or overdue.</summary>
public sealed record AgencyTimeliness(int AgencyId, string Agency, int Open, int Overdue, int DueSoon, int OnTime, int Late)
{
    public double? OnTimeRate => OnTime + Late + Overdue == 0 ? null : (double)OnTime / (OnTime + Late + Overdue);
}

public sealed record SupervisionPage(IReadOnlyList<AgencyTimeliness> Agencies, IReadOnlyList<UrgencyRow> Overdue, DateOnly Today);
