using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Lists;

/// <summary>
/// Review before publication: the justice bureau (supervisor role) reviews matter lists, the
/// market-supervision reviewer reviews random-inspection lists. Each sees only its own kind.
/// </summary>
[Authorize(Roles = PortalRoles.Supervisor + "," + PortalRoles.MarketReviewer)]
[Route("admin/reviews")]
public sealed class ListReviewsController(PortalDbContext db, UserManager<PortalUser> users, LegalClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var kinds = Kinds();
        var pending = await db.ListRevisions.AsNoTracking()
            .Where(r => r.State == RevisionState.Submitted && kinds.Contains(r.Kind))
            .OrderBy(r => r.SubmittedAtUtc).ToListAsync(cancellationToken);
        var names = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return View("Reviews", new ReviewsPage(pending, names, clock));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Review(int id, CancellationToken cancellationToken) =>
        await PageAsync(id, cancellationToken) is { } page ? View("Review", page) : NotFound();

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Decide(int id, string? decision, string? opinion, CancellationToken cancellationToken)
    {
        var kinds = Kinds();
        if (await db.ListRevisions.SingleOrDefaultAsync(r => r.Id == id && kinds.Contains(r.Kind), cancellationToken) is not { } revision)
        {
            return NotFound();
        }

        if (decision is not ("approve" or "return"))
        {
            return BadRequest();
        }

        var reviewer = await ReviewerAsync();
        var refusal = decision == "approve"
            ? await ListPublisher.ApproveAsync(db, revision, clock.UtcNow, reviewer, opinion, cancellationToken)
            : revision.Return(opinion, clock.UtcNow, reviewer);
        if (refusal is not null)
        {
            ModelState.AddModelError("opinion", refusal);
            return View("Review", (await PageAsync(id, cancellationToken))! with { Opinion = opinion });
        }

        db.Audit.Act(decision == "approve" ? "list.approve" : "list.return", $"修订稿 {id} {(decision == "approve" ? "审核通过并公布" : "退回修改")}：{opinion}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = revision.State == RevisionState.Approved
            ? $"已审核通过，{ListRevision.KindTitle(revision.Kind)}第 {revision.Version} 版已公布。"
            : "已退回，并附审核意见。";
        return RedirectToAction(nameof(Index));
    }

    private ListKind[] Kinds() =>
    [
        .. User.IsInRole(PortalRoles.Supervisor) ? [ListKind.Matters, ListKind.ReviewCatalogue] : Array.Empty<ListKind>(),
        .. User.IsInRole(PortalRoles.MarketReviewer) ? [ListKind.Inspections] : Array.Empty<ListKind>(),
    ];

    /// <summary>The reviewer as the public sees them: name and agency.</summary>
    private async Task<string> ReviewerAsync()
    {
        var user = (await users.GetUserAsync(User))!;
        var agency = user.AgencyId is { } id ? await db.Agencies.Where(a => a.Id == id).Select(a => a.ShortName).SingleAsync() : null;
        return agency is null ? user.DisplayName : $"{user.DisplayName}（{agency}）";
    }

    private async Task<ReviewPage?> PageAsync(int id, CancellationToken cancellationToken)
    {
        var kinds = Kinds();
        if (await db.ListRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && kinds.Contains(r.Kind), cancellationToken) is not { } revision)
        {
            return null;
        }

        var current = await db.ListRevisions.AsNoTracking()
            .Where(r => r.AgencyId == revision.AgencyId && r.Kind == revision.Kind && r.Version != null)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == revision.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        return new ReviewPage(revision, current, agency, null);
    }
}

public sealed record ReviewsPage(IReadOnlyList<ListRevision> Pending, IReadOnlyDictionary<int, string> Agencies, LegalClock Clock);

public sealed record ReviewPage(ListRevision Revision, ListRevision? Current, string Agency, string? Opinion)
{
    /// <summary>Codes added, removed and changed compared with the version in force.</summary>
    public (IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed) Changes()
    {
        var now = Items(Revision);
        var before = Current is null ? [] : Items(Current);
        return ([.. now.Keys.Except(before.Keys).Select(k => now[k].Title)],
            [.. before.Keys.Except(now.Keys).Select(k => before[k].Title)],
            [.. now.Keys.Intersect(before.Keys).Where(k => now[k].Json != before[k].Json).Select(k => now[k].Title)]);
    }

    /// <summary>Items by code, with a title to show and their JSON to compare.</summary>
    private static Dictionary<string, (string Title, string Json)> Items(ListRevision r) => r.Kind switch
    {
        ListKind.Matters => r.Matters().ToDictionary(m => m.Code, m => ($"{m.Code} {m.Name}", System.Text.Json.JsonSerializer.Serialize(m, ListJson.Options))),
        ListKind.Inspections => r.Inspections().ToDictionary(i => i.Code, i => ($"{i.Code} {i.Name}", System.Text.Json.JsonSerializer.Serialize(i, ListJson.Options))),
        _ => r.Rules().ToDictionary(x => x.Code, x => ($"{x.Code} {x.Title}", System.Text.Json.JsonSerializer.Serialize(x, ListJson.Options))),
    };
}
