using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>
/// Staff record decisions (draft or decided at once) and correct them until they are published. The
/// urgency list puts overdue decisions first, then those due within two working days.
/// </summary>
[Authorize(Roles = PortalRoles.Staff + "," + PortalRoles.Supervisor + "," + PortalRoles.Auditor)]
[Route("admin/decisions")]
public sealed class DecisionRecordsController(PortalDbContext db, StaffDecisions staff, CalendarCache calendars, LegalClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, DecisionState? state, CancellationToken cancellationToken)
    {
        var scope = await staff.ReadScopeAsync(User, cancellationToken);
        var mine = db.Decisions.AsNoTracking().Where(d => scope == null || scope.Contains(d.AgencyId));
        var own = scope is not null; // the agency's own staff see the party's name in full; supervisors and auditors as the public does
        var term = q?.Trim() is { Length: > 0 } t ? t[..Math.Min(t.Length, 50)] : null;
        var searched = term is not null || state is not null;
        var matching = mine.Where(d => (term == null || d.DocumentNumber.Contains(term) || (own ? d.PartyName : d.PublicPartyName).Contains(term)) && (state == null || d.State == state));
        List<UrgencyRow> found = !searched ? [] : await matching
            .OrderByDescending(d => d.DecisionDate).ThenByDescending(d => d.Id).Take(51)
            .Select(d => new UrgencyRow(d.Id, d.Agency!.ShortName, d.Category, own ? d.PartyName : d.PublicPartyName, d.DocumentNumber, d.DecisionDate, d.State, null, false, d.CaseId != null))
            .ToListAsync(cancellationToken);
        var open = await mine.Where(d => d.State == DecisionState.Draft || d.State == DecisionState.Decided)
            .Select(d => new UrgencyRow(d.Id, d.Agency!.ShortName, d.Category, own ? d.PartyName : d.PublicPartyName, d.DocumentNumber, d.DecisionDate, d.State,
                d.PublicationDeadline == null ? null : d.PublicationDeadline.Due, d.PublicationDeadline != null && d.PublicationDeadline.Provisional, d.CaseId != null))
            .ToListAsync(cancellationToken);
        var recent = await mine.Where(d => d.State != DecisionState.Draft && d.State != DecisionState.Decided)
            .OrderByDescending(d => d.UpdatedAtUtc).Take(20)
            .Select(d => new UrgencyRow(d.Id, d.Agency!.ShortName, d.Category, own ? d.PartyName : d.PublicPartyName, d.DocumentNumber, d.DecisionDate, d.State, null, false, d.CaseId != null))
            .ToListAsync(cancellationToken);
        return View("Records", new UrgencyPage(open, recent, clock.Today, await calendars.GetCurrentAsync(cancellationToken), term, state, searched, found));
    }

    [HttpGet("new")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> New(int? matter, [FromQuery(Name = "case")] long? caseId, [FromServices] Cases.StaffCases cases,
        CancellationToken cancellationToken)
    {
        var matters = await staff.MattersAsync(User, cancellationToken);
        if (caseId is { } id)
        {
            // Drafted from the case's deciding stage: its agency, matter, party and handling officers.
            if (await cases.FindAsync(id, User, write: true, cancellationToken) is not { } c || matters.FirstOrDefault(m => m.Id == c.MatterId) is not { } ofCase)
            {
                return NotFound();
            }

            var drafted = new DecisionForm { OfficerIds = [.. c.Officers.Select(o => o.OfficerId)], DecisionDate = $"{clock.Today:yyyy-MM-dd}" };
            drafted.TakeFrom(c);
            return View("Edit", await EditPageAsync(null, drafted, ofCase, cancellationToken));
        }

        if (matters.FirstOrDefault(m => m.Id == matter) is not { } chosen)
        {
            return View("ChooseMatter", matters);
        }

        var scope = await staff.WriteScopeAsync(User, cancellationToken);
        var form = new DecisionForm { MatterId = chosen.Id, Category = chosen.Category, AgencyId = scope[0], DecisionDate = $"{clock.Today:yyyy-MM-dd}" };
        return View("Edit", await EditPageAsync(null, form, chosen, cancellationToken));
    }

    [HttpPost("new")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> Create(DecisionForm form, string? then, [FromServices] RecordDecision record, [FromServices] DecideDecision decide,
        CancellationToken cancellationToken) =>
        await OutcomeAsync(form, then, await record.HandleAsync(form, User, cancellationToken), decide, cancellationToken);

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Show(long id, CancellationToken cancellationToken) =>
        await staff.FindAsync(id, User, write: false, cancellationToken) is { } decision
            ? View("Record", new RecordPage(decision, clock.Today, await calendars.GetCurrentAsync(cancellationToken),
                User.IsInRole(PortalRoles.Staff) && (await staff.WriteScopeAsync(User, cancellationToken)).Contains(decision.AgencyId))
            {
                Challenges = await db.DecisionChallenges.AsNoTracking().Where(c => c.DecisionId == id).OrderBy(c => c.Id).ToListAsync(cancellationToken),
            })
            : NotFound();

    /// <summary>The party's full name and ID number for a supervisor or auditor, whose pages show them masked: a logged act.</summary>
    [HttpPost("{id:long}/identity")]
    [Authorize(Roles = PortalRoles.Supervisor + "," + PortalRoles.Auditor)]
    public async Task<IActionResult> Identity(long id, [FromServices] RevealIdentity reveal, CancellationToken cancellationToken) =>
        await reveal.HandleAsync(id, User, cancellationToken) is { } decision ? View("Identity", decision) : NotFound();

    [HttpGet("{id:long}/edit")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken) =>
        await staff.FindAsync(id, User, write: true, cancellationToken) is { IsEditable: true } decision
            ? View("Edit", await EditPageAsync(decision, DecisionForm.From(decision), decision.Matter!, cancellationToken))
            : NotFound();

    [HttpPost("{id:long}/edit")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> Update(long id, DecisionForm form, string? then, [FromServices] CorrectDecision correct,
        [FromServices] DecideDecision decide, CancellationToken cancellationToken) =>
        await OutcomeAsync(form, then, await correct.HandleAsync(id, form, User, cancellationToken), decide, cancellationToken);

    /// <summary>Saved: on to the record (deciding it first when asked, through the one decide operation). Refused: the form again, with every message.</summary>
    private async Task<IActionResult> OutcomeAsync(DecisionForm form, string? then, SaveOutcome outcome, DecideDecision decide, CancellationToken cancellationToken)
    {
        if (!outcome.Found)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            foreach (var error in outcome.Errors)
            {
                ModelState.AddModelError(error.Field, error.Message);
            }

            return View("Edit", await EditPageAsync(outcome.Decision, form, outcome.Matter!, cancellationToken, outcome.Saved));
        }

        var decision = outcome.Decision!;
        if (then == "decide" && decision.State == DecisionState.Draft)
        {
            var decided = await decide.HandleAsync(decision.Id, decision.Stamp, User, cancellationToken);
            TempData[decided.Succeeded ? "Message" : "Error"] = decided.Succeeded ? $"已保存。{decided.Message}" : $"已保存草稿，但未能确认作出决定：{decided.Message}";
        }
        else
        {
            TempData["Message"] = decision.State == DecisionState.Decided
                ? $"已保存。公开期限：{decision.PublicationDeadline!.Due:yyyy-MM-dd}（{decision.PublicationDeadline.Period}）。"
                : "已保存草稿。";
        }

        return RedirectToAction(nameof(Show), new { id = decision.Id });
    }

    private async Task<EditPage> EditPageAsync(Decision? decision, DecisionForm form, Matter matter, CancellationToken cancellationToken,
        DecisionForm? saved = null)
    {
        var scope = await staff.WriteScopeAsync(User, cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().Where(a => scope.Contains(a.Id)).OrderBy(a => a.Id)
            .Select(a => new AgencyChoice(a.Id, a.Name)).ToListAsync(cancellationToken);
        var officers = await db.Officers.AsNoTracking().Include(o => o.Certificates).ThenInclude(c => c.History)
            .Where(o => scope.Contains(o.AgencyId)).OrderBy(o => o.AgencyId).ThenBy(o => o.Name).AsSplitQuery().ToListAsync(cancellationToken);
        var differences = saved is null ? [] : saved.Comparable().Zip(form.Comparable())
            .Where(p => p.First.Value != p.Second.Value).Select(p => new Difference(p.First.Label, p.First.Value, p.Second.Value)).ToList();
        return new EditPage(decision, form, matter, agencies, officers, differences, clock.Today);
    }
}
