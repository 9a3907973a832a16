using System.Security.Claims;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Domain.Officers;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Account;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Features.Decisions;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Cases;

public sealed record CaseRow(EnforcementCase Case, string? Stage, CaseClock? Next);

public sealed record CaseListPage(IReadOnlyList<CaseRow> Open, IReadOnlyList<CaseRow> Closed, bool CanRegister, DateOnly Today, string? Query = null);

public sealed record NewCasePage(CaseForm Form, IReadOnlyList<Matter> Matters, IReadOnlyList<Officer> Officers, DateOnly Today);

public sealed record CasePage(EnforcementCase Case, CaseProcedure Procedure, Func<string, AvLevel> Av, IReadOnlyList<CaseClock> Clocks,
    CaseFindings Findings, Decision? Decision, bool CanWrite, LegalClock Clock, IReadOnlyList<Approver> Approvers, Reviews.ReviewPanel Review);

public sealed record StagePage(EnforcementCase Case, StageDefinition Stage, AvLevel Av, IReadOnlyList<Officer> Officers, IReadOnlyList<Approver> Approvers,
    StageForm Form, Decision? Decision, DateOnly Today);

public sealed record RecordPage(EnforcementCase Case, IReadOnlyList<StageDefinition> Stages, IReadOnlyList<CaseOfficer> Officers,
    IReadOnlyDictionary<string, string> Typed, long MaxUpload)
{
    public string this[string key] => Typed.TryGetValue(key, out var value) ? value : "";
}

/// <summary>What the case pages show, read within the user's scope.</summary>
public sealed class CasePages(PortalDbContext db, StaffCases cases, Reviews.ReviewPages reviews, CalendarCache calendars, LegalClock clock,
    IOptions<RecordStoreOptions> store)
{
    /// <summary>The open cases, nearest clock first, and the latest closed ones (or, with a query, the closed ones whose number or party holds it).</summary>
    public async Task<CaseListPage> ListAsync(ClaimsPrincipal user, string? q, CancellationToken cancellationToken)
    {
        var term = DecisionActs.Limit(q, 50) is { Length: > 0 } t ? t : null;
        var scope = await cases.ReadScopeAsync(user, cancellationToken);
        var mine = db.Cases.AsNoTracking().Include(c => c.Agency).Include(c => c.Matter).Include(c => c.Stages).Include(c => c.Extensions)
            .Where(c => scope == null || scope.Contains(c.AgencyId));
        var open = await mine.Where(c => c.ClosedOn == null).AsSplitQuery().ToListAsync(cancellationToken);
        var closed = await mine.Where(c => c.ClosedOn != null && (term == null || c.Number.Contains(term) || c.PartyName.Contains(term)))
            .OrderByDescending(c => c.ClosedOn).ThenByDescending(c => c.Id).Take(term == null ? 20 : 100)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var calendar = await calendars.GetCurrentAsync(cancellationToken);
        CaseRow Row(EnforcementCase c) => new(c, cases.Policy.Procedure(c.Category) is { } p ? c.CurrentStage(p)?.Name : null,
            CaseClocks.Of(c, cases.Policy, calendar, clock.Today).Where(k => k.MetOn is null).MinBy(k => k.Due));
        var rows = open.Select(Row).OrderBy(r => r.Next is null).ThenBy(r => r.Next?.Due).ThenBy(r => r.Case.Id).ToList();
        return new CaseListPage(rows, [.. closed.Select(Row)], user.IsInRole(PortalRoles.Staff), clock.Today, term);
    }

    public async Task<NewCasePage> NewAsync(ClaimsPrincipal user, CaseForm form, CancellationToken cancellationToken)
    {
        var scope = await cases.WriteScopeAsync(user, cancellationToken);
        var matters = (await cases.Decisions.MattersAsync(user, cancellationToken)).Where(m => cases.Policy.Procedure(m.Category) is not null).ToList();
        var officers = await db.Officers.AsNoTracking().Include(o => o.Certificates).ThenInclude(c => c.History)
            .Where(o => scope.Contains(o.AgencyId)).OrderBy(o => o.Name).AsSplitQuery().ToListAsync(cancellationToken);
        return new NewCasePage(form, matters, officers, clock.Today);
    }

    public async Task<CasePage?> CaseAsync(long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await cases.FindAsync(id, user, write: false, cancellationToken) is not { } c)
        {
            return null;
        }

        var procedure = cases.ProcedureOf(c);
        var levels = await cases.AvLevelsAsync(c, cancellationToken);
        var clocks = CaseClocks.Of(c, cases.Policy, await calendars.GetCurrentAsync(cancellationToken), clock.Today);
        var canWrite = user.IsInRole(PortalRoles.Staff) && (await cases.WriteScopeAsync(user, cancellationToken)).Contains(c.AgencyId);
        var decision = await cases.DecisionOfAsync(c.Id, cancellationToken);
        return new CasePage(c, procedure, levels, clocks, CaseCompleteness.Check(c, procedure, levels, clocks), decision, canWrite, clock,
            canWrite ? await cases.ApproversAsync(c, user, cancellationToken) : [], await reviews.PanelAsync(c, decision, cancellationToken));
    }

    public async Task<StagePage?> StageAsync(long id, ClaimsPrincipal user, StageForm? form, CancellationToken cancellationToken)
    {
        if (await cases.FindAsync(id, user, write: true, cancellationToken) is not { } c || c.CurrentStage(cases.ProcedureOf(c)) is not { } stage)
        {
            return null;
        }

        var decision = await cases.DecisionOfAsync(c.Id, cancellationToken);
        form ??= new StageForm
        {
            Code = stage.Code,
            OccurredAt = Typed.TimeText(stage.Decides && decision is not null ? decision.DecisionDate.ToDateTime(new TimeOnly(9, 0)) : clock.Now.DateTime),
            OfficerIds = [.. c.Officers.Select(o => o.OfficerId)],
        };
        form.Stamp = $"{c.Stamp}";
        var officers = await cases.OfficersAsync([.. c.Officers.Select(o => o.OfficerId)], cancellationToken);
        return new StagePage(c, stage, (await cases.AvLevelsAsync(c, cancellationToken))(stage.Code), officers,
            await cases.ApproversAsync(c, user, cancellationToken), form, decision, clock.Today);
    }

    public async Task<RecordPage?> RecordAsync(long id, ClaimsPrincipal user, Dictionary<string, string> typed, CancellationToken cancellationToken)
    {
        if (await cases.FindAsync(id, user, write: true, cancellationToken) is not { } c || c.IsClosed)
        {
            return null;
        }

        var procedure = cases.ProcedureOf(c);
        var current = c.CurrentStage(procedure);
        var stages = procedure.Stages.Where(s => s == current || c.Entry(s.Code) is { Status: StageStatus.Done }).ToList();
        typed["Stamp"] = $"{c.Stamp}";
        return new RecordPage(c, stages, c.Officers, typed, store.Value.MaxUploadBytes);
    }
}
