using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Domain.Reviews;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Dalian.Enforcement.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Lists;

/// <summary>
/// Staff draft their own agency's lists and submit them for review. Another agency's draft answers
/// 404, whatever the id: the query itself is scoped to the user's agency.
/// </summary>
[Authorize(Roles = PortalRoles.Staff)]
[Route("admin/lists")]
public sealed class ListDraftsController(PortalDbContext db, UserManager<PortalUser> users, LegalClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var agency = await AgencyAsync();
        var revisions = await db.ListRevisions.AsNoTracking().Where(r => r.AgencyId == agency)
            .OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
        return View("Drafts", new DraftsPage(revisions, clock));
    }

    [HttpPost("{kind}/new")]
    public async Task<IActionResult> New(string kind, CancellationToken cancellationToken)
    {
        if (ParseKind(kind) is not { } listKind)
        {
            return NotFound();
        }

        var agency = await AgencyAsync();
        var open = await db.ListRevisions.Where(r => r.AgencyId == agency && r.Kind == listKind && r.State != RevisionState.Approved)
            .Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (open is { } existing)
        {
            return RedirectToAction(nameof(Draft), new { id = existing });
        }

        var current = await db.ListRevisions.AsNoTracking().Where(r => r.AgencyId == agency && r.Kind == listKind && r.Version != null)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);
        var draft = new ListRevision { AgencyId = agency, Kind = listKind, CreatedAtUtc = clock.UtcNow, CreatedBy = User.Identity!.Name! };
        _ = listKind switch
        {
            ListKind.Matters => draft.SetMatters(current?.Matters() ?? []),
            ListKind.Inspections => draft.SetInspections(current?.Inspections() ?? []),
            _ => draft.SetRules(current?.Rules() ?? MajorRule.Template()), // a first catalogue starts from the usual thresholds
        };
        db.ListRevisions.Add(draft);
        db.Audit.Act("list.draft", $"新建{ListRevision.KindTitle(listKind)}修订稿");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return RedirectToAction(nameof(Draft), new { id = draft.Id });
        }
        catch (DbUpdateException)
        {
            // A colleague's click came first: the one open draft is theirs, and this one opens it.
            db.ChangeTracker.Clear();
            db.Audit.Clear();
            var theirs = await db.ListRevisions.Where(r => r.AgencyId == agency && r.Kind == listKind && r.State != RevisionState.Approved)
                .Select(r => r.Id).FirstAsync(cancellationToken);
            return RedirectToAction(nameof(Draft), new { id = theirs });
        }
    }

    [HttpGet("drafts/{id:int}")]
    public async Task<IActionResult> Draft(int id, CancellationToken cancellationToken) =>
        await OwnAsync(id, cancellationToken) is { } draft ? View("Draft", draft) : NotFound();

    [HttpGet("drafts/{id:int}/matter")]
    public async Task<IActionResult> EditMatter(int id, string? code, CancellationToken cancellationToken)
    {
        if (await OwnAsync(id, cancellationToken) is not { Kind: ListKind.Matters, IsEditable: true } draft)
        {
            return NotFound();
        }

        var matter = draft.Matters().FirstOrDefault(m => m.Code == code);
        var form = matter is null ? new MatterForm() : MatterForm.From(matter);
        form.Stamp = draft.Stamp;
        return View("MatterEdit", new MatterEditPage(draft.Id, form));
    }

    [HttpPost("drafts/{id:int}/matter")]
    public async Task<IActionResult> SaveMatter(int id, MatterForm form, CancellationToken cancellationToken)
    {
        if (await OwnAsync(id, cancellationToken, tracked: true) is not { Kind: ListKind.Matters, IsEditable: true } draft)
        {
            return NotFound();
        }

        if (IsStale(draft, form.Stamp))
        {
            form.Stamp = draft.Stamp;
            return View("MatterEdit", new MatterEditPage(draft.Id, form));
        }

        var (matter, problems) = ModelState.IsValid ? form.ToMatter() : (null, []);
        var others = draft.Matters().Where(m => m.Code != form.OriginalCode).ToList();
        if (matter is not null && others.Any(m => m.Code == matter.Code))
        {
            problems = [(nameof(MatterForm.Code), $"事项编码 {matter.Code} 已被本清单中的其他事项使用。")];
        }

        if (problems.Count > 0 || !ModelState.IsValid)
        {
            foreach (var (field, message) in problems)
            {
                ModelState.AddModelError(field, message);
            }

            return View("MatterEdit", new MatterEditPage(draft.Id, form));
        }

        draft.SetMatters(Upsert(draft.Matters(), m => m.Code == form.OriginalCode, matter!));
        db.Audit.Act("list.edit", $"修订稿 {draft.Id}：保存执法事项 {matter!.Code}");
        if (!await SavedAsync(cancellationToken))
        {
            return View("MatterEdit", new MatterEditPage(draft.Id, form));
        }

        TempData["Message"] = $"已保存事项“{matter!.Name}”。";
        return RedirectToAction(nameof(Draft), new { id });
    }

    [HttpGet("drafts/{id:int}/inspection")]
    public async Task<IActionResult> EditInspection(int id, string? code, CancellationToken cancellationToken)
    {
        if (await OwnAsync(id, cancellationToken) is not { Kind: ListKind.Inspections, IsEditable: true } draft)
        {
            return NotFound();
        }

        var item = draft.Inspections().FirstOrDefault(i => i.Code == code);
        var form = item is null ? new InspectionForm() : InspectionForm.From(item);
        form.Stamp = draft.Stamp;
        return View("InspectionEdit", new InspectionEditPage(draft.Id, form));
    }

    [HttpPost("drafts/{id:int}/inspection")]
    public async Task<IActionResult> SaveInspection(int id, InspectionForm form, CancellationToken cancellationToken)
    {
        if (await OwnAsync(id, cancellationToken, tracked: true) is not { Kind: ListKind.Inspections, IsEditable: true } draft)
        {
            return NotFound();
        }

        if (IsStale(draft, form.Stamp))
        {
            form.Stamp = draft.Stamp;
            return View("InspectionEdit", new InspectionEditPage(draft.Id, form));
        }

        var item = form.ToItem();
        var items = draft.Inspections().ToList();
        foreach (var (field, label) in InspectionForm.Labels.Where(f => string.IsNullOrWhiteSpace(InspectionForm.Value(item, f.Key))))
        {
            ModelState.AddModelError(field, $"请填写{label}。");
        }

        if (items.Any(i => i.Code == item.Code && i.Code != form.OriginalCode))
        {
            ModelState.AddModelError(nameof(InspectionForm.Code), $"事项编码 {item.Code} 已被本清单中的其他事项使用。");
        }

        if (!ModelState.IsValid)
        {
            return View("InspectionEdit", new InspectionEditPage(draft.Id, form));
        }

        draft.SetInspections(Upsert(items, i => i.Code == form.OriginalCode, item));
        db.Audit.Act("list.edit", $"修订稿 {draft.Id}：保存抽查事项 {item.Code}");
        if (!await SavedAsync(cancellationToken))
        {
            return View("InspectionEdit", new InspectionEditPage(draft.Id, form));
        }

        TempData["Message"] = $"已保存抽查事项“{item.Name}”。";
        return RedirectToAction(nameof(Draft), new { id });
    }

    [HttpGet("drafts/{id:int}/rule")]
    public async Task<IActionResult> EditRule(int id, string? code, CancellationToken cancellationToken)
    {
        if (await OwnAsync(id, cancellationToken) is not { Kind: ListKind.ReviewCatalogue, IsEditable: true } draft)
        {
            return NotFound();
        }

        var rule = draft.Rules().FirstOrDefault(r => r.Code == code);
        var form = rule is null ? new RuleForm() : RuleForm.From(rule);
        form.Stamp = draft.Stamp;
        return View("RuleEdit", new RuleEditPage(draft.Id, form));
    }

    [HttpPost("drafts/{id:int}/rule")]
    public async Task<IActionResult> SaveRule(int id, RuleForm form, CancellationToken cancellationToken)
    {
        if (await OwnAsync(id, cancellationToken, tracked: true) is not { Kind: ListKind.ReviewCatalogue, IsEditable: true } draft)
        {
            return NotFound();
        }

        if (IsStale(draft, form.Stamp))
        {
            form.Stamp = draft.Stamp;
            return View("RuleEdit", new RuleEditPage(draft.Id, form));
        }

        var (rule, problems) = ModelState.IsValid ? form.ToRule() : (null, []);
        if (rule is not null && draft.Rules().Any(r => r.Code == rule.Code && r.Code != form.OriginalCode))
        {
            problems.Add((nameof(RuleForm.Code), $"规则编号 {rule.Code} 已被本目录中的其他规则使用。"));
        }

        if (problems.Count > 0 || rule is null)
        {
            foreach (var (field, message) in problems)
            {
                ModelState.AddModelError(field, message);
            }

            return View("RuleEdit", new RuleEditPage(draft.Id, form));
        }

        draft.SetRules(Upsert(draft.Rules(), r => r.Code == form.OriginalCode, rule));
        db.Audit.Act("list.edit", $"修订稿 {draft.Id}：保存审核目录规则 {rule.Code}");
        if (!await SavedAsync(cancellationToken))
        {
            return View("RuleEdit", new RuleEditPage(draft.Id, form));
        }

        TempData["Message"] = $"已保存规则“{rule.Title}”。";
        return RedirectToAction(nameof(Draft), new { id });
    }

    [HttpPost("drafts/{id:int}/remove")]
    public async Task<IActionResult> Remove(int id, string code, int stamp, CancellationToken cancellationToken)
    {
        if (await OwnAsync(id, cancellationToken, tracked: true) is not { IsEditable: true } draft)
        {
            return NotFound();
        }

        if (IsStale(draft, stamp))
        {
            return View("Draft", draft);
        }

        _ = draft.Kind switch
        {
            ListKind.Matters => draft.SetMatters([.. draft.Matters().Where(m => m.Code != code)]),
            ListKind.Inspections => draft.SetInspections([.. draft.Inspections().Where(i => i.Code != code)]),
            _ => draft.SetRules([.. draft.Rules().Where(r => r.Code != code)]),
        };
        db.Audit.Act("list.edit", $"修订稿 {draft.Id}：删除事项 {code}");
        if (!await SavedAsync(cancellationToken))
        {
            return View("Draft", await OwnAsync(id, cancellationToken));
        }

        TempData["Message"] = $"已从草稿中移除 {code}。";
        return RedirectToAction(nameof(Draft), new { id });
    }

    [HttpPost("drafts/{id:int}/submit")]
    public async Task<IActionResult> Submit(int id, int stamp, CancellationToken cancellationToken)
    {
        if (await OwnAsync(id, cancellationToken, tracked: true) is not { } draft)
        {
            return NotFound();
        }

        if (IsStale(draft, stamp))
        {
            return View("Draft", draft);
        }

        var problems = draft.Submit(clock.UtcNow, User.Identity!.Name!);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError(string.Empty, problem);
            }

            return View("Draft", draft);
        }

        db.Audit.Act("list.submit", $"修订稿 {draft.Id} 提交审核");
        if (!await SavedAsync(cancellationToken))
        {
            return View("Draft", await OwnAsync(id, cancellationToken));
        }

        TempData["Message"] = $"已提交{ListRevision.KindTitle(draft.Kind)}，等待审核。";
        return RedirectToAction(nameof(Index));
    }

    private const string StaleMessage = "此修订稿在您编辑期间已被他人修改。您填写的内容仍保留在本页；请先查看最新的修订稿，确认后可再次提交。";

    /// <summary>True, with the message, when the page was opened on an older state of the draft.</summary>
    private bool IsStale(ListRevision draft, int stamp)
    {
        if (draft.Stamp == stamp)
        {
            return false;
        }

        ModelState.AddModelError(string.Empty, StaleMessage);
        return true;
    }

    /// <summary>Saves; false, with the message, when another save got in between (the stamp changed).</summary>
    private async Task<bool> SavedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, StaleMessage);
            return false;
        }
    }

    private Task<int> AgencyAsync() => users.AgencyIdAsync(User);

    private async Task<ListRevision?> OwnAsync(int id, CancellationToken cancellationToken, bool tracked = false)
    {
        var agency = await AgencyAsync();
        var revisions = tracked ? db.ListRevisions : db.ListRevisions.AsNoTracking();
        return await revisions.SingleOrDefaultAsync(r => r.Id == id && r.AgencyId == agency, cancellationToken);
    }

    private static ListKind? ParseKind(string kind) => ListRevision.ParseSegment(kind);

    /// <summary>The items with the matching one replaced in place, or the new one added at the end.</summary>
    private static List<T> Upsert<T>(IEnumerable<T> items, Func<T, bool> isOriginal, T item)
    {
        var list = items.ToList();
        var at = list.FindIndex(i => isOriginal(i));
        if (at >= 0)
        {
            list[at] = item;
        }
        else
        {
            list.Add(item);
        }

        return list;
    }
}

public sealed record DraftsPage(IReadOnlyList<ListRevision> Revisions, LegalClock Clock);

public sealed record MatterEditPage(int DraftId, MatterForm Form);

public sealed record InspectionEditPage(int DraftId, InspectionForm Form);

public sealed record RuleEditPage(int DraftId, RuleForm Form);
