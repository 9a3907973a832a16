using System.Security.Claims;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Officers;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Account;
using Dalian.Enforcement.Web.Features.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Cases;

/// <summary>
/// The back office's view of cases: a staff member reaches only the cases of the agency and its units, whatever
/// the route, id or file hash; supervisors and auditors read all of them (the same scope as decisions).
/// </summary>
public sealed class StaffCases(PortalDbContext db, StaffDecisions staff, IOptions<CasePolicy> policy)
{
    public CasePolicy Policy => policy.Value;

    public StaffDecisions Decisions => staff;

    public Task<List<int>?> ReadScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken) => staff.ReadScopeAsync(user, cancellationToken);

    public Task<List<int>> WriteScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken) => staff.WriteScopeAsync(user, cancellationToken);

    public async Task<EnforcementCase?> FindAsync(long id, ClaimsPrincipal user, bool write, CancellationToken cancellationToken)
    {
        var scope = write ? await WriteScopeAsync(user, cancellationToken) : await ReadScopeAsync(user, cancellationToken);
        return await db.Cases.Include(c => c.Agency).Include(c => c.Matter).Include(c => c.Officers).Include(c => c.Stages).Include(c => c.Records)
            .Include(c => c.Extensions).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id && (scope == null || scope.Contains(c.AgencyId)), cancellationToken);
    }

    /// <summary>Whether the user may act on the case, without loading it (an upload answers 404 before reading its body).</summary>
    public async Task<bool> InWriteScopeAsync(long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await WriteScopeAsync(user, cancellationToken);
        return await db.Cases.AnyAsync(c => c.Id == id && scope.Contains(c.AgencyId), cancellationToken);
    }

    public CaseProcedure ProcedureOf(EnforcementCase c) =>
        Policy.Procedure(c.Category) ?? throw new InvalidOperationException($"No procedure is configured for {c.Category}.");

    /// <summary>What an auditor finds in a case on <paramref name="today"/>, against its agency's audio-video list and the case's clocks.</summary>
    public CaseFindings Findings(EnforcementCase c, IEnumerable<AvRule> agencyRules, Domain.Calendar.WorkingDayCalendar calendar, DateOnly today) =>
        CaseCompleteness.Check(c, ProcedureOf(c), code => AvRule.LevelFor(agencyRules, c.MatterId, code, Policy), CaseClocks.Of(c, Policy, calendar, today));

    /// <summary>The case's decision, if one was made in it.</summary>
    public Task<Decision?> DecisionOfAsync(long caseId, CancellationToken cancellationToken) =>
        db.Decisions.AsNoTracking().Include(d => d.Agency).FirstOrDefaultAsync(d => d.CaseId == caseId, cancellationToken);

    /// <summary>The audio-video requirement of each stage of this case, from its agency's list and the defaults.</summary>
    public async Task<Func<string, AvLevel>> AvLevelsAsync(EnforcementCase c, CancellationToken cancellationToken)
    {
        var rules = await db.AvRules.AsNoTracking().Where(r => r.AgencyId == c.AgencyId).ToListAsync(cancellationToken);
        return code => AvRule.LevelFor(rules, c.MatterId, code, Policy);
    }

    public Task<List<Officer>> OfficersAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        db.Officers.AsNoTracking().Include(o => o.Certificates).ThenInclude(c => c.History)
            .Where(o => ids.Contains(o.Id)).AsSplitQuery().ToListAsync(cancellationToken);

    /// <summary>The accounts of the case's agency other than the user's own: who may approve an exception.</summary>
    public Task<List<Approver>> ApproversAsync(EnforcementCase c, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Approvers.OfAsync(db, [c.AgencyId], user, null, cancellationToken);
}

/// <summary>What an act on a case came to: the problems beside their fields, or done with a message.</summary>
public sealed record CaseOutcome(bool Found, IReadOnlyList<CaseProblem> Problems, string Message = "")
{
    public static CaseOutcome NotFound { get; } = new(false, []);

    public bool Succeeded => Found && Problems.Count == 0;
}
