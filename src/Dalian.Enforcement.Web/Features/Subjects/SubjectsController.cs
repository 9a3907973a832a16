using Dalian.Enforcement.Domain.Agencies;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Domain.Reports;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Decisions;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Subjects;

/// <summary>The public list of enforcement subjects (执法主体) and a page for each.</summary>
public sealed class SubjectsController(PortalDbContext db, DecisionSearch decisions, Reviews.ReviewPages reviews, LegalClock clock) : Controller
{
    [HttpGet("/subjects")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var subjects = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var officers = await db.Officers.GroupBy(o => o.AgencyId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return View(new SubjectListPage(subjects, officers));
    }

    [HttpGet("/subjects/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        if (await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } subject)
        {
            return NotFound();
        }

        var parent = subject.ParentId is { } parentId
            ? await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == parentId, cancellationToken)
            : null;
        var units = await db.Agencies.AsNoTracking().Where(a => a.ParentId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var officers = await db.Officers.AsNoTracking().Where(o => o.AgencyId == id).OrderBy(o => o.Id)
            .Select(o => new SubjectOfficer(o.Id, o.Name, o.Position)).ToListAsync(cancellationToken);
        var matters = await db.Matters.AsNoTracking().Where(m => m.AgencyId == id && m.Active).OrderBy(m => m.Code)
            .Select(m => new SubjectMatter(m.Id, m.Code, m.Name)).ToListAsync(cancellationToken);
        var inspections = await db.ListRevisions.AnyAsync(r => r.AgencyId == id && r.Kind == ListKind.Inspections && r.State == RevisionState.Approved, cancellationToken);
        var latest = await decisions.SearchAsync(new DecisionQuery { Agency = $"{id}" }, clock.Today, cancellationToken);
        var catalogue = await db.ListRevisions.AnyAsync(r => r.AgencyId == id && r.Kind == ListKind.ReviewCatalogue && r.State == RevisionState.Approved, cancellationToken);
        var figures = (await reviews.FiguresAsync([id], clock.Today.Year, cancellationToken)).SingleOrDefault();
        var reports = await db.AnnualReports.AsNoTracking().Where(r => r.AgencyId == id && (r.State == ReportState.Published || r.State == ReportState.Superseded))
            .Select(r => r.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        return View(new SubjectPage(subject, parent, units, officers, matters, inspections, latest) { HasCatalogue = catalogue, Reviews = figures, ReportYears = reports });
    }
}

public sealed record SubjectListPage(IReadOnlyList<Agency> Subjects, IReadOnlyDictionary<int, int> OfficerCounts);

public sealed record SubjectPage(
    Agency Subject, Agency? Parent, IReadOnlyList<Agency> Units, IReadOnlyList<SubjectOfficer> Officers, IReadOnlyList<SubjectMatter> Matters, bool HasInspections,
    DecisionResults Decisions)
{
    public bool HasCatalogue { get; init; }

    /// <summary>This year's legal-review counts (never their content).</summary>
    public Domain.Reviews.ReviewFigures? Reviews { get; init; }

    /// <summary>The years of its published annual reports, newest first.</summary>
    public IReadOnlyList<int> ReportYears { get; init; } = [];
}

public sealed record SubjectOfficer(int Id, string Name, string Position);

public sealed record SubjectMatter(int Id, string Code, string Name);
