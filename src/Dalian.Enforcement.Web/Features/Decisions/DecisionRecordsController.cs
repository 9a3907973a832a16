using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Dalian.Enforcement.Web.Infrastructure.Web;
using FluentValidation;
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
public sealed class DecisionRecordsController(
    PortalDbContext db, StaffDecisions staff, CalendarCache calendars, LegalClock clock, IValidator<DecisionForm> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, DecisionState? state, CancellationToken cancellationToken)
    {
        var scope = await staff.ReadScopeAsync(User, cancellationToken);
        var mine = db.Decisions.AsNoTracking().Where(d => scope == null || scope.Contains(d.AgencyId));
        var term = q?.Trim() is { Length: > 0 } t ? t[..Math.Min(t.Length, 50)] : null;
        var searched = term is not null || state is not null;
        var matching = mine.Where(d => (term == null || d.DocumentNumber.Contains(term) || d.PartyName.Contains(term)) && (state == null || d.State == state));
        List<UrgencyRow> found = !searched ? [] : await matching
            .OrderByDescending(d => d.DecisionDate).ThenByDescending(d => d.Id).Take(51)
            .Select(d => new UrgencyRow(d.Id, d.Agency!.ShortName, d.Category, d.PartyName, d.DocumentNumber, d.DecisionDate, d.State, null, false))
            .ToListAsync(cancellationToken);
        var open = await mine.Where(d => d.State == DecisionState.Draft || d.State == DecisionState.Decided)
            .Select(d => new UrgencyRow(d.Id, d.Agency!.ShortName, d.Category, d.PublicPartyName, d.DocumentNumber, d.DecisionDate, d.State,
                d.PublicationDeadline == null ? null : d.PublicationDeadline.Due, d.PublicationDeadline != null && d.PublicationDeadline.Provisional))
            .ToListAsync(cancellationToken);
        var recent = await mine.Where(d => d.State != DecisionState.Draft && d.State != DecisionState.Decided)
            .OrderByDescending(d => d.UpdatedAtUtc).Take(20)
            .Select(d => new UrgencyRow(d.Id, d.Agency!.ShortName, d.Category, d.PublicPartyName, d.DocumentNumber, d.DecisionDate, d.State, null, false))
            .ToListAsync(cancellationToken);
        return View("Records", new UrgencyPage(open, recent, clock.Today, await calendars.GetCurrentAsync(cancellationToken), term, state, searched, found));
    }

    [HttpGet("new")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> New(int? matter, CancellationToken cancellationToken)
    {
        var matters = await staff.MattersAsync(User, cancellationToken);
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
    public Task<IActionResult> Create(DecisionForm form, string? then, CancellationToken cancellationToken) => SaveAsync(null, form, then, cancellationToken);

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Show(long id, CancellationToken cancellationToken) =>
        await staff.FindAsync(id, User, write: false, cancellationToken) is { } decision
            ? View("Record", new RecordPage(decision, clock.Today, await calendars.GetCurrentAsync(cancellationToken),
                User.IsInRole(PortalRoles.Staff) && (await staff.WriteScopeAsync(User, cancellationToken)).Contains(decision.AgencyId)))
            : NotFound();

    [HttpGet("{id:long}/edit")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken) =>
        await staff.FindAsync(id, User, write: true, cancellationToken) is { IsEditable: true } decision
            ? View("Edit", await EditPageAsync(decision, DecisionForm.From(decision), decision.Matter!, cancellationToken))
            : NotFound();

    [HttpPost("{id:long}/edit")]
    [Authorize(Roles = PortalRoles.Staff)]
    public Task<IActionResult> Update(long id, DecisionForm form, string? then, CancellationToken cancellationToken) => SaveAsync(id, form, then, cancellationToken);

    private async Task<IActionResult> SaveAsync(long? id, DecisionForm form, string? then, CancellationToken cancellationToken)
    {
        var decision = id is { } existing ? await staff.FindAsync(existing, User, write: true, cancellationToken) : null;
        if (id is not null && decision is not { IsEditable: true })
        {
            return NotFound();
        }

        var matters = await staff.MattersAsync(User, cancellationToken);
        if (matters.FirstOrDefault(m => m.Id == form.MatterId) is not { } matter)
        {
            return NotFound(); // a matter outside the staff member's lists, whatever the form says
        }

        form.Category = matter.Category;
        if (decision is not null)
        {
            form.AgencyId = decision.AgencyId; // the deciding agency is fixed once recorded
            if (decision.Stamp != form.Stamp)
            {
                ModelState.AddModelError(string.Empty, StaffDecisions.StaleMessage);
                var saved = DecisionForm.From(decision);
                form.Stamp = decision.Stamp; // the next save is checked against the record now shown
                return View("Edit", await EditPageAsync(decision, form, matter, cancellationToken, saved));
            }
        }

        if (!(await staff.WriteScopeAsync(User, cancellationToken)).Contains(form.AgencyId))
        {
            ModelState.AddModelError(nameof(DecisionForm.AgencyId), "请选择本单位或所属单位作为决定机关。");
        }

        if (await validator.ValidateIntoAsync(form, ModelState) && await RecordChecksAsync(decision, form, cancellationToken) is { } team)
        {
            var calendar = await calendars.GetCurrentAsync(cancellationToken);
            var now = clock.UtcNow;
            var name = User.Identity!.Name!;
            if (decision is null)
            {
                decision = new Decision { AgencyId = form.AgencyId, CreatedAtUtc = now, CreatedBy = name };
                db.Decisions.Add(decision);
            }

            form.ApplyTo(decision);
            decision.SetOfficers(team.Select(o => new DecisionOfficer
            {
                OfficerId = o.Id,
                OfficerName = o.Name,
                CertificateNumber = o.Certificates.First(c => c.IsValidOn(decision.DecisionDate)).Number,
            }));
            decision.RefreshPublicName(staff.MaskNaturalPersons);
            (decision.UpdatedAtUtc, decision.UpdatedBy) = (now, name);
            decision.Stamp++;
            decision.Corrected(staff.PublicationPeriod(matter), calendar);
            if (then == "decide" && decision.State == DecisionState.Draft
                && decision.Decide(clock.Today, staff.PublicationPeriod(matter), calendar) is { } refused)
            {
                ModelState.AddModelError(string.Empty, refused);
            }
            else
            {
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    TempData["Message"] = decision.State == DecisionState.Decided
                        ? $"已保存。公开期限：{decision.PublicationDeadline!.Due:yyyy-MM-dd}（{decision.PublicationDeadline.Period}）。"
                        : "已保存草稿。";
                    return RedirectToAction(nameof(Show), new { id = decision.Id });
                }
                catch (DbUpdateConcurrencyException)
                {
                    db.ChangeTracker.Clear();
                    ModelState.AddModelError(string.Empty, StaffDecisions.StaleMessage);
                    var current = await staff.FindAsync(decision.Id, User, write: true, cancellationToken);
                    form.Stamp = current?.Stamp ?? form.Stamp;
                    return View("Edit", await EditPageAsync(current, form, matter, cancellationToken, current is null ? null : DecisionForm.From(current)));
                }
                catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
                {
                    // A colleague saved the same document number in the same instant: the unique index decided.
                    db.ChangeTracker.Clear();
                    if (!await DocumentNumberTakenAsync(decision, cancellationToken))
                    {
                        throw;
                    }

                    ModelState.AddModelError(nameof(DecisionForm.DocumentNumber), $"决定文书号“{form.DocumentNumber!.Trim()}”在本单位已经使用。");
                    var current = id is { } existing2 ? await staff.FindAsync(existing2, User, write: true, cancellationToken) : null;
                    return View("Edit", await EditPageAsync(current, form, matter, cancellationToken));
                }
            }
        }

        return View("Edit", await EditPageAsync(decision, form, matter, cancellationToken));
    }

    private async Task<bool> DocumentNumberTakenAsync(Decision decision, CancellationToken cancellationToken) =>
        await db.Decisions.AsNoTracking().AnyAsync(d => d.AgencyId == decision.AgencyId && d.DocumentNumber == decision.DocumentNumber && d.Id != decision.Id, cancellationToken);

    /// <summary>
    /// The checks that need the database or today: date, founding date, document number, officers. Returns the
    /// handling officers when everything passed, null otherwise (the messages are in the model state).
    /// </summary>
    private async Task<List<Domain.Officers.Officer>?> RecordChecksAsync(Decision? decision, DecisionForm form, CancellationToken cancellationToken)
    {
        var id = decision?.Id;
        var date = Domain.IsoDate.Parse(form.DecisionDate)!.Value;
        if (date > clock.Today)
        {
            ModelState.AddModelError(nameof(DecisionForm.DecisionDate), "决定日期不能晚于今天。");
        }

        if (decision is { State: DecisionState.Decided } && date > decision.DecisionDate)
        {
            // Moving the date later would move the legal deadline and could hide that it was missed.
            ModelState.AddModelError(nameof(DecisionForm.DecisionDate),
                $"已作出的决定，决定日期只能更正为更早的日期：公开期限已从 {decision.DecisionDate:yyyy-MM-dd} 起算。");
        }

        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == form.AgencyId, cancellationToken);
        if (agency.EstablishedOn is { } established && date < established)
        {
            ModelState.AddModelError(nameof(DecisionForm.DecisionDate), $"决定日期早于{agency.Name}的成立日期（{established:yyyy-MM-dd}）。");
        }

        var number = form.DocumentNumber!.Trim();
        if (await db.Decisions.AnyAsync(d => d.AgencyId == form.AgencyId && d.DocumentNumber == number && d.Id != (id ?? 0), cancellationToken))
        {
            ModelState.AddModelError(nameof(DecisionForm.DocumentNumber), $"决定文书号“{number}”在本单位已经使用。");
        }

        var ids = form.OfficerIds.Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Include(o => o.Certificates).ThenInclude(c => c.History)
            .Where(o => ids.Contains(o.Id)).AsSplitQuery().ToListAsync(cancellationToken);
        var scope = await staff.WriteScopeAsync(User, cancellationToken);
        if (officers.Count != ids.Count || officers.Any(o => !scope.Contains(o.AgencyId)))
        {
            ModelState.AddModelError(nameof(DecisionForm.OfficerIds), "请从本单位的执法人员中选择承办人员。");
        }
        else if (Decision.OfficerProblems(officers, date) is [_, ..] problems)
        {
            ModelState.AddModelError(nameof(DecisionForm.OfficerIds), string.Join(" ", problems));
        }

        return ModelState.IsValid ? officers : null;
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
