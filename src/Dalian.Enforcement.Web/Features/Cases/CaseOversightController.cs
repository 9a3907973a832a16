using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Decisions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Cases;

/// <summary>Oversight of whole-process recording: completeness per agency, the store's integrity, each agency's audio-video list.</summary>
[Authorize(Roles = PortalRoles.Staff + "," + PortalRoles.Supervisor + "," + PortalRoles.Auditor)]
[Route("admin/cases")]
public sealed class CaseOversightController(PortalDbContext db, StaffCases cases, Microsoft.AspNetCore.Identity.UserManager<PortalUser> users) : Controller
{
    [HttpGet("completeness")]
    public async Task<IActionResult> Completeness([FromServices] CaseOversight oversight, CancellationToken cancellationToken) =>
        View("Completeness", await oversight.AgenciesAsync(User, cancellationToken));

    [HttpGet("integrity")]
    [Authorize(Roles = PortalRoles.Supervisor + "," + PortalRoles.Auditor)]
    public async Task<IActionResult> Integrity(CancellationToken cancellationToken) =>
        View("Integrity", new IntegrityPage(null, await LastCheckAsync(cancellationToken)));

    [HttpPost("integrity")]
    [Authorize(Roles = PortalRoles.Supervisor + "," + PortalRoles.Auditor)]
    public async Task<IActionResult> RunIntegrity([FromServices] IRecordStore store, CancellationToken cancellationToken) =>
        View("Integrity", new IntegrityPage(await RecordIntegrity.CheckAsync(db, store, cancellationToken), null));

    [HttpGet("av-list")]
    public async Task<IActionResult> AvList(CancellationToken cancellationToken) => View("AvList", await AvPageAsync(cancellationToken));

    [HttpPost("av-list")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> SetAvRule(int? matterId, string? stageCode, AvLevel level, string? note, CancellationToken cancellationToken)
    {
        var matters = await cases.Decisions.MattersAsync(User, cancellationToken);
        var stages = cases.Policy.Procedures.Values.SelectMany(p => p.Stages).Select(s => s.Code).ToHashSet();
        if (!ModelState.IsValid || matterId is { } m && matters.All(x => x.Id != m) || stageCode is null || !stages.Contains(stageCode) || !Enum.IsDefined(level))
        {
            ModelState.AddModelError("stageCode", "请选择本单位的事项、办案环节和要求。");
            return View("AvList", await AvPageAsync(cancellationToken));
        }

        if (level < cases.Policy.AvDefault(stageCode))
        {
            // 118号 sets the floor (查封扣押、强制拆除 must be filmed): an agency may ask for more, never for less.
            ModelState.AddModelError("level", $"该环节按规定至少应“{AvRule.Title(cases.Policy.AvDefault(stageCode))}”，本单位清单只能提高要求，不能降低。");
            return View("AvList", await AvPageAsync(cancellationToken));
        }

        var agency = await Infrastructure.Web.StaffAgency.AgencyIdAsync(users, User);
        var rule = await db.AvRules.FirstOrDefaultAsync(r => r.AgencyId == agency && r.MatterId == matterId && r.StageCode == stageCode, cancellationToken);
        if (rule is null)
        {
            rule = new AvRule { AgencyId = agency, MatterId = matterId, StageCode = stageCode };
            db.AvRules.Add(rule);
        }

        (rule.Level, rule.Note) = (level, DecisionActs.Limit(note, 200));
        db.Audit.Act("case.av-rule", $"音像记录事项清单：{stageCode} → {AvRule.Title(level)}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = "已保存。";
        return RedirectToAction(nameof(AvList));
    }

    private async Task<AvListPage> AvPageAsync(CancellationToken cancellationToken)
    {
        var scope = await cases.ReadScopeAsync(User, cancellationToken);
        var rules = await db.AvRules.AsNoTracking().Where(r => scope == null || scope.Contains(r.AgencyId)).ToListAsync(cancellationToken);
        var matterIds = rules.Select(r => r.MatterId).OfType<int>().ToList();
        var names = await db.Matters.AsNoTracking().Where(m => matterIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var matters = User.IsInRole(PortalRoles.Staff) ? await cases.Decisions.MattersAsync(User, cancellationToken) : [];
        return new AvListPage(rules, names, matters, cases.Policy, User.IsInRole(PortalRoles.Staff));
    }

    private async Task<Domain.Audit.AuditEvent?> LastCheckAsync(CancellationToken cancellationToken) =>
        await db.AuditEvents.AsNoTracking().Where(e => e.Action == RecordIntegrity.Action).OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
}

public sealed record IntegrityPage(IntegrityReport? Report, Domain.Audit.AuditEvent? Last);

public sealed record AvListPage(IReadOnlyList<AvRule> Rules, IReadOnlyDictionary<int, string> MatterNames, IReadOnlyList<Domain.Lists.Matter> Matters,
    CasePolicy Policy, bool CanEdit);
