using System.Security.Claims;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Cases;

/// <summary>One agency's whole-process recording at a glance.</summary>
public sealed record AgencyRecording(int AgencyId, string Agency, int Cases, int Open, int Overdue, int MissingStages, int MissingRecordings,
    int Exceptions, int Late, int DecisionsWithoutCase, IReadOnlyList<(EnforcementCase Case, CaseFindings Findings)> Flagged);

/// <summary>
/// The completeness of every case of each agency in the user's scope (supervisors and auditors: all): missing
/// stages, missing mandatory recordings, exceptions, late and overdue clocks, and decisions with no case behind
/// them (无案卷记录). Counted from the same domain rules as each case's own page.
/// </summary>
public sealed class CaseOversight(PortalDbContext db, StaffCases cases, CalendarCache calendars, LegalClock clock)
{
    public async Task<List<AgencyRecording>> AgenciesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await cases.ReadScopeAsync(user, cancellationToken);
        var all = await db.Cases.AsNoTracking().Include(c => c.Agency).Include(c => c.Matter).Include(c => c.Stages).Include(c => c.Records).Include(c => c.Extensions)
            .Where(c => scope == null || scope.Contains(c.AgencyId)).AsSplitQuery().ToListAsync(cancellationToken);
        var rules = (await db.AvRules.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(r => r.AgencyId);
        var without = await db.Decisions.AsNoTracking().Where(d => d.CaseId == null && (scope == null || scope.Contains(d.AgencyId)))
            .GroupBy(d => d.AgencyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().Where(a => scope == null || scope.Contains(a.Id)).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var calendar = await calendars.GetCurrentAsync(cancellationToken);
        var result = new List<AgencyRecording>();
        foreach (var agency in agencies)
        {
            var checkedCases = all.Where(c => c.AgencyId == agency.Id)
                .Select(c => (Case: c, Findings: cases.Findings(c, rules[c.AgencyId], calendar, clock.Today))).ToList();
            if (checkedCases.Count == 0 && !without.ContainsKey(agency.Id))
            {
                continue;
            }

            result.Add(new AgencyRecording(agency.Id, agency.Name, checkedCases.Count, checkedCases.Count(x => !x.Case.IsClosed),
                checkedCases.Count(x => x.Findings.LateClocks.Any(k => k.State == ClockState.Overdue)),
                checkedCases.Count(x => x.Findings.MissingStages.Count > 0), checkedCases.Count(x => x.Findings.MissingRecordings.Count > 0),
                checkedCases.Count(x => x.Findings.Exceptions.Count > 0), checkedCases.Count(x => x.Findings.LateClocks.Count > 0),
                without.GetValueOrDefault(agency.Id),
                [.. checkedCases.Where(x => !x.Findings.IsComplete || x.Findings.Exceptions.Count > 0).OrderBy(x => x.Case.Number)]));
        }

        return result;
    }
}
