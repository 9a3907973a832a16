using Dalian.Enforcement.Domain;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Decisions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Reviews;

/// <summary>
/// The administrator records each legal reviewer's 法律职业资格 (certificate number and date), the day the reviewer first reviewed
/// (before 2021-07-15 no qualification is needed to go on) and the officer the account belongs to, if any (行政处罚法 art. 58).
/// </summary>
[Authorize(Roles = PortalRoles.Admin)]
[Route("admin/reviewers")]
public sealed class ReviewersController(PortalDbContext db, UserManager<PortalUser> users, Infrastructure.Time.LegalClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View("Reviewers", await PageAsync(cancellationToken));

    [HttpPost("{id}")]
    public async Task<IActionResult> Save(string id, CancellationToken cancellationToken)
    {
        var form = Request.HasFormContentType ? await Request.ReadFormAsync(cancellationToken) : null;
        string? Value(string key) => form?[$"{key}-{id}"].ToString();
        var (qualification, qualifiedOn, reviewingSince, officerId) = (Value("qualification"), Value("qualifiedOn"), Value("reviewingSince"), Value("officerId"));
        if (await users.FindByIdAsync(id) is not { } user || !await users.IsInRoleAsync(user, PortalRoles.LegalReviewer))
        {
            return NotFound();
        }

        var number = DecisionActs.Limit(qualification, 30);
        var on = Date(qualifiedOn, $"qualifiedOn-{id}", "取得日期");
        var since = Date(reviewingSince, $"reviewingSince-{id}", "初次从事法制审核日期");
        int? officer = int.TryParse(officerId, out var o) ? o : null;
        if (number.Length > 0 != on is not null)
        {
            ModelState.AddModelError($"qualification-{id}", "法律职业资格证书编号和取得日期须同时填写。");
        }

        if (officer is { } chosen && !await db.Officers.AnyAsync(x => x.Id == chosen && x.AgencyId == user.AgencyId, cancellationToken))
        {
            ModelState.AddModelError($"officerId-{id}", "请选择本机关的执法人员，或不选。");
        }

        if (!ModelState.IsValid)
        {
            return View("Reviewers", await PageAsync(cancellationToken));
        }

        (user.LegalQualificationNumber, user.LegalQualifiedOn, user.ReviewingSince, user.OfficerId) = (number, on, since, officer);
        db.Audit.Act("reviewer.qualification", $"{user.DisplayName}（{user.UserName}）：法律职业资格 {(number.Length > 0 ? number : "未登记")}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"已保存{user.DisplayName}的审核资格。";
        return RedirectToAction(nameof(Index));
    }

    private DateOnly? Date(string? text, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var date = IsoDate.Parse(text);
        if (date is null)
        {
            ModelState.AddModelError(field, $"请填写有效的{label}，例如 2019-02-28。");
        }

        return date;
    }

    private async Task<ReviewersPage> PageAsync(CancellationToken cancellationToken)
    {
        var reviewers = (await users.GetUsersInRoleAsync(PortalRoles.LegalReviewer)).OrderBy(u => u.UserName).ToList();
        var agencies = reviewers.Select(r => r.AgencyId).OfType<int>().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => agencies.Contains(o.AgencyId)).OrderBy(o => o.Name)
            .Select(o => new ReviewerOfficer(o.Id, o.AgencyId, o.Name)).ToListAsync(cancellationToken);
        var names = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return new ReviewersPage(reviewers, officers, names, clock.Today);
    }
}

public sealed record ReviewerOfficer(int Id, int AgencyId, string Name);

public sealed record ReviewersPage(IReadOnlyList<PortalUser> Reviewers, IReadOnlyList<ReviewerOfficer> Officers, IReadOnlyDictionary<int, string> Agencies, DateOnly Today);
