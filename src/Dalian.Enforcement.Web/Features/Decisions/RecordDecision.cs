using System.Security.Claims;
using Dalian.Enforcement.Domain;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Domain.Officers;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Infrastructure.Time;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>A refusal beside its field ("" for the summary).</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>What saving a record came to. <c>Saved</c> is the record as stored when a colleague's save came first.</summary>
public sealed record SaveOutcome(bool Found, Decision? Decision, Matter? Matter, IReadOnlyList<FieldError> Errors, DecisionForm? Saved = null)
{
    public bool Succeeded => Found && Errors.Count == 0;
}

/// <summary>Records a new decision (as a draft) in the staff member's agency.</summary>
public sealed class RecordDecision(DecisionContentWriter writer)
{
    public Task<SaveOutcome> HandleAsync(DecisionForm form, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        writer.SaveAsync(null, form, user, "decision.record", cancellationToken);
}

/// <summary>Corrects a draft or decided record before publication (the domain says what may still change).</summary>
public sealed class CorrectDecision(DecisionContentWriter writer)
{
    public Task<SaveOutcome> HandleAsync(long id, DecisionForm form, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        writer.SaveAsync(id, form, user, "decision.correct", cancellationToken);
}

/// <summary>
/// The shared steps of recording and correcting: the matter and agency within scope, the stamp, the form's
/// rules, the checks that need the database (founding date, document number, officers with certificates
/// valid on the decision date), then one save with its audit event. A unique-index race becomes a field message.
/// </summary>
public sealed class DecisionContentWriter(PortalDbContext db, StaffDecisions staff, Cases.StaffCases cases, CalendarCache calendars, LegalClock clock,
    IValidator<DecisionForm> validator)
{
    public const string StaleMessage = "该决定在您编辑期间已被他人修改。您填写的内容仍保留在本页；请核对下方列出的差异后再次保存。";

    public async Task<SaveOutcome> SaveAsync(long? id, DecisionForm form, ClaimsPrincipal user, string action, CancellationToken cancellationToken)
    {
        var decision = id is { } existing ? await staff.FindAsync(existing, user, write: true, cancellationToken) : null;
        var caseId = id is null ? form.CaseId : decision?.CaseId;
        var (fromCase, caseProblem) = caseId is { } ofCase ? await FromCaseAsync(ofCase, decision, form, user, cancellationToken) : (null, null);
        if (caseId is not null && fromCase is null)
        {
            return new SaveOutcome(false, null, null, []); // a case outside the staff member's scope
        }

        var matter = (await staff.MattersAsync(user, cancellationToken)).FirstOrDefault(m => m.Id == form.MatterId);
        if ((id is not null && decision is not { IsEditable: true }) || matter is null)
        {
            return new SaveOutcome(false, null, null, []); // a matter outside the staff member's lists, whatever the form says
        }

        form.Category = matter.Category;
        if (decision is not null)
        {
            form.AgencyId = decision.AgencyId; // the deciding agency is fixed once recorded
            if (decision.Stamp != form.Stamp)
            {
                form.Stamp = decision.Stamp; // the next save is checked against the record now shown
                return new SaveOutcome(true, decision, matter, [new("", StaleMessage)], DecisionForm.From(decision));
            }
        }

        var errors = caseProblem is null ? new List<FieldError>() : [new("", caseProblem)];
        if (!(await staff.WriteScopeAsync(user, cancellationToken)).Contains(form.AgencyId))
        {
            errors.Add(new(nameof(DecisionForm.AgencyId), "请选择本单位或所属单位作为决定机关。"));
        }

        errors.AddRange((await validator.ValidateAsync(form, cancellationToken)).Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)));
        var team = errors.Count == 0 ? await ChecksAsync(decision, form, user, errors, cancellationToken) : null;
        if (team is null || errors.Count > 0)
        {
            return new SaveOutcome(true, decision, matter, errors);
        }

        var calendar = await calendars.GetCurrentAsync(cancellationToken);
        var name = user.Identity!.Name!;
        if (decision is null)
        {
            decision = new Decision { AgencyId = form.AgencyId, CaseId = fromCase?.Id, CreatedAtUtc = clock.UtcNow, CreatedBy = name };
            db.Decisions.Add(decision);
        }

        if (decision.Correct(form.ToContent(), clock.Today) is { } refused)
        {
            db.ChangeTracker.Clear();
            return new SaveOutcome(true, id is null ? null : decision, matter, [new(nameof(DecisionForm.DecisionDate), refused)]);
        }

        decision.SetOfficers(team.Select(o => new DecisionOfficer
        {
            OfficerId = o.Id,
            OfficerName = o.Name,
            CertificateNumber = o.Certificates.First(c => c.IsValidOn(decision.DecisionDate)).Number,
        }));
        decision.RefreshPublicName(staff.MaskNaturalPersons);
        (decision.UpdatedAtUtc, decision.UpdatedBy) = (clock.UtcNow, name);
        decision.Stamp++;
        decision.Corrected(staff.PublicationPeriod(matter), calendar);
        db.Audit.Act(action, $"{(id is null ? "登记" : "更正")}决定：{decision.DocumentNumber}，{decision.PublicPartyName}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SaveOutcome(true, decision, matter, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            db.Audit.Clear();
            var current = await staff.FindAsync(decision.Id, user, write: true, cancellationToken);
            form.Stamp = current?.Stamp ?? form.Stamp;
            return new SaveOutcome(true, current, matter, [new("", StaleMessage)], current is null ? null : DecisionForm.From(current));
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            // A colleague saved the same document number in the same instant: the unique index decided.
            db.ChangeTracker.Clear();
            db.Audit.Clear();
            if (!await db.Decisions.AsNoTracking().AnyAsync(d => d.AgencyId == form.AgencyId && d.DocumentNumber == form.DocumentNumber!.Trim() && d.Id != (id ?? 0), cancellationToken))
            {
                throw;
            }

            var current = id is { } again ? await staff.FindAsync(again, user, write: true, cancellationToken) : null;
            return new SaveOutcome(true, current, matter, [new(nameof(DecisionForm.DocumentNumber), $"决定文书号“{form.DocumentNumber!.Trim()}”在本单位已经使用。")]);
        }
    }

    /// <summary>
    /// A decision made in a case takes the case's agency, matter and party, whatever the form says, and only the case's
    /// handling officers. A new one needs the case at its deciding stage with no decision yet; once the deciding stage is
    /// entered, the document number and date it recorded no longer change.
    /// </summary>
    private async Task<(Domain.Cases.EnforcementCase?, string?)> FromCaseAsync(long caseId, Decision? decision, DecisionForm form, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        if (await cases.FindAsync(caseId, user, write: true, cancellationToken) is not { } c)
        {
            return (null, null);
        }

        form.TakeFrom(c);
        var procedure = cases.ProcedureOf(c);
        if (form.OfficerIds.Any(o => c.Officers.All(x => x.OfficerId != o)))
        {
            return (c, $"承办人员须为案件 {c.Number} 的承办人员。");
        }

        if (decision is not null)
        {
            var decided = procedure.Stages.FirstOrDefault(s => s.Decides) is { } stage && c.Entry(stage.Code) is not null;
            return decided && (form.DocumentNumber?.Trim() != decision.DocumentNumber || form.DecisionDate?.Trim() != $"{decision.DecisionDate:yyyy-MM-dd}")
                ? (c, $"本决定已在案件 {c.Number} 的“决定”环节登记，决定文书号和决定日期不能再更改。")
                : (c, null);
        }

        if (await db.Decisions.AnyAsync(d => d.CaseId == caseId, cancellationToken))
        {
            return (c, $"案件 {c.Number} 已作出决定，不能再起草。");
        }

        // The draft goes to legal review before the decision: it may be drafted from the review stage on.
        var from = procedure.Stages.FindIndex(s => s.Reviews || s.Decides);
        return c.CurrentStage(procedure) is { } at && procedure.IndexOf(at.Code) >= from && procedure.IndexOf(at.Code) <= procedure.Stages.FindIndex(s => s.Decides)
            ? (c, null)
            : (c, $"案件 {c.Number} 尚未进行到{procedure.Stages[from].Name}或作出决定的环节。");
    }

    /// <summary>The checks that need the database or today. Returns the handling officers; problems go into <paramref name="errors"/>.</summary>
    private async Task<List<Officer>> ChecksAsync(Decision? decision, DecisionForm form, ClaimsPrincipal user, List<FieldError> errors,
        CancellationToken cancellationToken)
    {
        var date = IsoDate.Parse(form.DecisionDate)!.Value;
        if ((decision ?? new Decision { AgencyId = form.AgencyId }).CorrectionProblem(date, clock.Today) is { } dateProblem)
        {
            errors.Add(new(nameof(DecisionForm.DecisionDate), dateProblem));
        }

        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == form.AgencyId, cancellationToken);
        if (agency.EstablishedOn is { } established && date < established)
        {
            errors.Add(new(nameof(DecisionForm.DecisionDate), $"决定日期早于{agency.Name}的成立日期（{established:yyyy-MM-dd}）。"));
        }

        var number = form.DocumentNumber!.Trim();
        if (await db.Decisions.AnyAsync(d => d.AgencyId == form.AgencyId && d.DocumentNumber == number && d.Id != (decision == null ? 0 : decision.Id), cancellationToken))
        {
            errors.Add(new(nameof(DecisionForm.DocumentNumber), $"决定文书号“{number}”在本单位已经使用。"));
        }

        var ids = form.OfficerIds.Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Include(o => o.Certificates).ThenInclude(c => c.History)
            .Where(o => ids.Contains(o.Id)).AsSplitQuery().ToListAsync(cancellationToken);
        var scope = await staff.WriteScopeAsync(user, cancellationToken);
        if (officers.Count != ids.Count || officers.Any(o => !scope.Contains(o.AgencyId)))
        {
            errors.Add(new(nameof(DecisionForm.OfficerIds), "请从本单位的执法人员中选择承办人员。"));
        }
        else if (Decision.OfficerProblems(officers, date) is [_, ..] problems)
        {
            errors.Add(new(nameof(DecisionForm.OfficerIds), string.Join(" ", problems)));
        }

        return officers;
    }
}
