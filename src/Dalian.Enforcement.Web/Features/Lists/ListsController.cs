using Dalian.Enforcement.Domain.Agencies;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Decisions;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Lists;

/// <summary>
/// The public pre-disclosure lists: enforcement matters with their guides and flowcharts, and the
/// random-inspection lists. Only approved versions are read here; every earlier version stays visible.
/// </summary>
public sealed class ListsController(PortalDbContext db, LegalClock clock, IOptions<DeadlinePolicy> policy, DecisionSearch decisions) : Controller
{
    [HttpGet("/matters")]
    public async Task<IActionResult> Matters(int? subject, EnforcementCategory? category, CancellationToken cancellationToken)
    {
        var matters = db.Matters.AsNoTracking().Where(m => m.Active);
        if (subject is { } id)
        {
            matters = matters.Where(m => m.AgencyId == id);
        }

        if (category is { } c)
        {
            matters = matters.Where(m => m.Category == c);
        }

        var subjects = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var rows = await matters.OrderBy(m => m.AgencyId).ThenBy(m => m.Code).ToListAsync(cancellationToken);
        return View(new MatterListPage(rows, subjects, subject, category));
    }

    [HttpGet("/matters/{id:int}")]
    public async Task<IActionResult> Matter(int id, CancellationToken cancellationToken)
    {
        if (await db.Matters.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } matter)
        {
            return NotFound();
        }

        var subject = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == matter.AgencyId, cancellationToken);
        var revision = await ApprovedAsync(matter.AgencyId, ListKind.Matters, matter.Version, cancellationToken);
        var content = matter.Content();
        return View(new MatterPage(matter, content, subject, revision!, policy.Value.PublicationPeriod(content.Category, content.StatutoryPeriod), clock));
    }

    [HttpGet("/inspections")]
    public async Task<IActionResult> Inspections(CancellationToken cancellationToken)
    {
        var subjects = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var current = await db.ListRevisions.AsNoTracking()
            .Where(r => r.Kind == ListKind.Inspections && r.State == RevisionState.Approved)
            .GroupBy(r => r.AgencyId).Select(g => g.OrderByDescending(r => r.Version).First())
            .ToListAsync(cancellationToken);
        var results = await decisions.SearchAsync(new DecisionQuery { Category = nameof(EnforcementCategory.Inspection) }, clock.Today, cancellationToken);
        return View(new InspectionListPage([.. subjects.Join(current, s => s.Id, r => r.AgencyId, (s, r) => (s, r))], clock, results.Rows));
    }

    /// <summary>Every approved version of one agency's list, and the list as it was in one of them.</summary>
    [HttpGet("/lists/{subject:int}/{kind}/{version:int?}")]
    public async Task<IActionResult> History(int subject, string kind, int? version, CancellationToken cancellationToken)
    {
        if (ListRevision.ParseSegment(kind) is not { } listKind
            || await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == subject, cancellationToken) is not { } agency)
        {
            return NotFound();
        }

        var versions = await db.ListRevisions.AsNoTracking()
            .Where(r => r.AgencyId == subject && r.Kind == listKind && r.State == RevisionState.Approved)
            .OrderByDescending(r => r.Version).ToListAsync(cancellationToken);
        var shown = version is { } v ? versions.SingleOrDefault(r => r.Version == v) : versions.FirstOrDefault();
        return versions.Count == 0 || (version is not null && shown is null)
            ? NotFound()
            : View(new ListHistoryPage(agency, listKind, versions, shown!, clock));
    }

    private Task<ListRevision?> ApprovedAsync(int agency, ListKind kind, int version, CancellationToken cancellationToken) =>
        db.ListRevisions.AsNoTracking().SingleOrDefaultAsync(
            r => r.AgencyId == agency && r.Kind == kind && r.Version == version, cancellationToken);
}

public sealed record MatterListPage(IReadOnlyList<Matter> Matters, IReadOnlyList<Agency> Subjects, int? Subject, EnforcementCategory? Category);

public sealed record MatterPage(Matter Matter, MatterContent Content, Agency Subject, ListRevision Revision, Period PublicationPeriod, LegalClock Clock);

public sealed record InspectionListPage(IReadOnlyList<(Agency Subject, ListRevision Revision)> Lists, LegalClock Clock, IReadOnlyList<DecisionRow> Results);

public sealed record ListHistoryPage(Agency Subject, ListKind Kind, IReadOnlyList<ListRevision> Versions, ListRevision Shown, LegalClock Clock);
