using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Domain.Reports;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Features.Cases;
using Dalian.Enforcement.Web.Features.Reviews;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Reports;

/// <summary>
/// Reads what one agency-year's figures are counted from — narrow projections, one query per kind of record — and lets the domain
/// count (<see cref="AnnualFigures.Compute"/>). A published report is read from its snapshot, never from here.
/// </summary>
public sealed class ReportFigures(PortalDbContext db, StaffCases cases, ReviewPages reviews, CalendarCache calendars, LegalClock clock,
    IOptions<ReportSettings> settings, IOptions<DeadlinePolicy> deadlines)
{
    public ReportSettings Settings => settings.Value;

    public DateOnly Today => clock.Today;

    public async Task<DateOnly> DueAsync(int year, CancellationToken cancellationToken) =>
        AnnualReport.Due(year, deadlines.Value, await calendars.GetCurrentAsync(cancellationToken));

    /// <summary>The first year the agency can report on: its founding year, else the year of its first decision.</summary>
    public async Task<int?> FirstYearAsync(int agencyId, CancellationToken cancellationToken)
    {
        var established = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.EstablishedOn).SingleOrDefaultAsync(cancellationToken);
        if (established is { } on)
        {
            return on.Year;
        }

        var first = await db.Decisions.Where(d => d.AgencyId == agencyId).OrderBy(d => d.DecisionDate).Select(d => (DateOnly?)d.DecisionDate)
            .FirstOrDefaultAsync(cancellationToken);
        return first?.Year;
    }

    public async Task<AnnualFigures> ComputeAsync(int agencyId, int year, CancellationToken cancellationToken) =>
        AnnualFigures.Compute(await FactsAsync(agencyId, year, cancellationToken), settings.Value);

    public async Task<ReportFacts> FactsAsync(int agencyId, int year, CancellationToken cancellationToken)
    {
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var powers = (await db.Matters.Where(m => m.AgencyId == agencyId).Select(m => m.Category).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        if (await db.ListRevisions.AnyAsync(r => r.AgencyId == agencyId && r.Kind == ListKind.Inspections && r.State == RevisionState.Approved, cancellationToken))
        {
            powers.Add(EnforcementCategory.Inspection); // a published 随机抽查事项清单 is a power of inspection
        }

        var decisions = await db.Decisions.AsNoTracking()
            .Where(d => d.AgencyId == agencyId && d.State != DecisionState.Draft
                && ((d.DecisionDate >= start && d.DecisionDate <= end)
                    || (d.Category == EnforcementCategory.Licensing && d.WithdrawalReason == WithdrawalReason.Revoked && d.RevokingActDate >= start && d.RevokingActDate <= end)))
            .Select(d => new DecisionFact(d.Id, d.Category, d.State, d.DecisionDate, d.PenaltyKinds, d.Discretion, d.FineAmount, d.ConfiscatedAmount,
                d.LicenceOutcome, d.CoercionKinds, d.LevyAmount, d.InspectionResult, d.CaseId != null, d.PublishedOn, d.WorkingDaysLate,
                d.WithdrawalReason, d.RevokingActDate))
            .ToListAsync(cancellationToken);
        var officers = await db.Officers.AsNoTracking().Include(o => o.Certificates).ThenInclude(c => c.History)
            .Where(o => o.AgencyId == agencyId).AsSplitQuery().ToListAsync(cancellationToken);
        var challenges = await db.DecisionChallenges.AsNoTracking().Where(c => c.AgencyId == agencyId)
            .Select(c => new ChallengeFact(c.Kind, c.FiledOn, c.Outcome, c.DecidedOn)).ToListAsync(cancellationToken);
        var figures = await reviews.FiguresAsync([agencyId], year, cancellationToken);
        var review = figures.Count > 0 ? figures[0] : null;
        return new ReportFacts(year, powers, decisions, await CasesAsync(agencyId, start, end, cancellationToken),
            [.. officers.Where(o => o.Certificates.Count == 0 || o.Certificates.Min(c => c.IssuedOn) <= end).Select(o => new OfficerFact(o.Id, o.MayEnforceOn(end)))],
            challenges, review);
    }

    /// <summary>Cases alive at some point of the year, each checked for recording gaps and exceptions as the oversight page checks them.</summary>
    private async Task<List<CaseFact>> CasesAsync(int agencyId, DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var list = await db.Cases.AsNoTracking().Include(c => c.Stages).Include(c => c.Records).Include(c => c.Extensions)
            .Where(c => c.AgencyId == agencyId && c.DiscoveredOn <= end && (c.ClosedOn == null || c.ClosedOn >= start))
            .AsSplitQuery().ToListAsync(cancellationToken);
        var rules = await db.AvRules.AsNoTracking().Where(r => r.AgencyId == agencyId).ToListAsync(cancellationToken);
        var calendar = await calendars.GetCurrentAsync(cancellationToken);
        return [.. list.Select(c =>
        {
            var findings = cases.Findings(c, rules, calendar, clock.Today);
            var opened = c.Stages.Count == 0 ? c.DiscoveredOn : c.Stages.Min(s => s.OccurredOn);
            return new CaseFact(c.Category, opened, c.DateOf("acceptance"), c.ClosedOn, findings.MissingRecordings.Count > 0, findings.Exceptions.Count > 0);
        })];
    }
}
