using System.Security.Claims;
using Dalian.Enforcement.Domain.Reports;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Decisions;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Reports;

/// <summary>One version of a report as a page shows it: from its snapshot once public, computed live while it is a draft.</summary>
public sealed record ReportView(int AgencyId, string Agency, int Year, AnnualReport? Report, ReportNarrative Narrative, AnnualFigures Figures,
    DateOnly Due, DateOnly? PublishedOn, bool Late, IReadOnlyList<AnnualReport> Versions)
{
    public bool Live => Report is not { IsPublic: true };

    public int Version => Report?.Version ?? 1;

    public string Title => $"{Agency}{Year}年度行政执法统计年报";
}

/// <summary>A line of the supervisor's table: one agency's report of the year.</summary>
public sealed record ReportStatusLine(int AgencyId, string Agency, ReportStatus Status, AnnualReport? Latest, AnnualReport? First, bool Overdue);

/// <summary>An agency-year on the public index: its latest public version.</summary>
public sealed record PublishedLine(int AgencyId, string Agency, int Year, int Version, DateOnly FirstPublishedOn, DateOnly PublishedOn, bool Late);

public sealed class ReportPages(PortalDbContext db, StaffDecisions staff, ReportFigures figures)
{
    public async Task<ReportView?> PublicAsync(int year, int agencyId, int? version, CancellationToken cancellationToken)
    {
        var versions = await VersionsAsync(agencyId, year, cancellationToken);
        var shown = versions.Where(v => v.IsPublic && (version is null || v.Version == version)).MaxBy(v => v.Version);
        return shown is null ? null : FromSnapshot(shown, versions.Where(v => v.IsPublic).ToList());
    }

    /// <summary>The staff working page: the newest version, or the live draft of a year no one has opened yet.</summary>
    public async Task<ReportView?> WorkAsync(int agencyId, int year, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await staff.ReadScopeAsync(user, cancellationToken);
        if ((scope is not null && !scope.Contains(agencyId)) || await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agencyId, cancellationToken) is not { } agency)
        {
            return null;
        }

        var versions = await VersionsAsync(agencyId, year, cancellationToken);
        var latest = versions.MaxBy(v => v.Version);
        if (latest is { IsPublic: true })
        {
            return FromSnapshot(latest, versions);
        }

        var due = await figures.DueAsync(year, cancellationToken);
        var first = versions.FirstOrDefault(v => v.Version == 1);
        return new ReportView(agencyId, agency.Name, year, latest, latest?.Narrative ?? new("", "", ""),
            await figures.ComputeAsync(agencyId, year, cancellationToken), due, first?.PublishedOn, first?.PublishedOn > due, versions);
    }

    /// <summary>Every agency's report of the year, for the justice bureau: not started, being drafted, published on time or late.</summary>
    public async Task<List<ReportStatusLine>> OversightAsync(int year, CancellationToken cancellationToken)
    {
        var due = await figures.DueAsync(year, cancellationToken);
        var reports = (await db.AnnualReports.AsNoTracking().Where(r => r.Year == year).ToListAsync(cancellationToken)).ToLookup(r => r.AgencyId);
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        return [.. agencies.Select(a =>
        {
            var versions = reports[a.Id].ToList();
            var status = AnnualReport.StatusOf(versions, due);
            return new ReportStatusLine(a.Id, a.Name, status, versions.MaxBy(v => v.Version), versions.FirstOrDefault(v => v.Version == 1),
                status is ReportStatus.NotStarted or ReportStatus.Drafted && figures.Today > due);
        })];
    }

    public async Task<List<PublishedLine>> PublishedAsync(CancellationToken cancellationToken)
    {
        var rows = await db.AnnualReports.AsNoTracking().Where(r => r.State == ReportState.Published || r.State == ReportState.Superseded)
            .Join(db.Agencies, r => r.AgencyId, a => a.Id, (r, a) => new { r.AgencyId, a.Name, r.Year, r.Version, r.PublishedOn })
            .ToListAsync(cancellationToken);
        var firsts = rows.Where(r => r.Version == 1).ToDictionary(r => (r.AgencyId, r.Year), r => r.PublishedOn!.Value);
        var lines = new List<PublishedLine>();
        foreach (var g in rows.GroupBy(r => (r.AgencyId, r.Year)))
        {
            var latest = g.MaxBy(r => r.Version)!;
            var first = firsts.GetValueOrDefault(g.Key, latest.PublishedOn!.Value);
            lines.Add(new PublishedLine(latest.AgencyId, latest.Name, latest.Year, latest.Version, first, latest.PublishedOn!.Value,
                first > await figures.DueAsync(latest.Year, cancellationToken)));
        }

        return [.. lines.OrderByDescending(l => l.Year).ThenBy(l => l.AgencyId)];
    }

    /// <summary>The district's figures of a year: the latest public version of every agency that has published, added up.</summary>
    public async Task<(AnnualFigures Figures, List<PublishedLine> Included, List<string> Missing)?> DistrictAsync(int year, CancellationToken cancellationToken)
    {
        var included = (await PublishedAsync(cancellationToken)).Where(l => l.Year == year).ToList();
        if (included.Count == 0)
        {
            return null;
        }

        var shown = included.Select(l => (l.AgencyId, l.Version)).ToHashSet();
        var snapshots = (await db.AnnualReports.AsNoTracking().Where(r => r.Year == year && r.Snapshot != null).ToListAsync(cancellationToken))
            .Where(r => shown.Contains((r.AgencyId, r.Version))).Select(r => ReportSnapshot.FromBytes(r.Snapshot!).Figures).ToList();

        var ids = included.Select(l => l.AgencyId).ToList();
        var missing = await db.Agencies.AsNoTracking().Where(a => !ids.Contains(a.Id)).OrderBy(a => a.Id).Select(a => a.Name).ToListAsync(cancellationToken);
        return (AnnualFigures.Sum(year, snapshots[0].AmountUnit, snapshots), included, missing);
    }

    private Task<List<AnnualReport>> VersionsAsync(int agencyId, int year, CancellationToken cancellationToken) =>
        db.AnnualReports.AsNoTracking().Where(r => r.AgencyId == agencyId && r.Year == year).OrderBy(r => r.Version).ToListAsync(cancellationToken);

    private static ReportView FromSnapshot(AnnualReport version, List<AnnualReport> versions)
    {
        var s = ReportSnapshot.FromBytes(version.Snapshot!);
        return new ReportView(s.AgencyId, s.Agency, s.Year, version, s.Narrative, s.Figures, s.Due, s.PublishedOn, s.Late, versions);
    }
}

/// <summary>What the figures partial shows: the figures and, for one agency, where its public list is.</summary>
public sealed record FiguresBlock(AnnualFigures Figures, int? AgencyId);
