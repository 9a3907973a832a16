using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Reviews;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Pdf;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dalian.Enforcement.Web.Features.Reviews;

/// <summary>
/// Legal review in the back office: a reviewer's queue by urgency, a round with its frozen materials, the checklist and opinion,
/// and the opinion document (法制审核意见书) as PDF. Supervisors see every agency's rounds and figures. Every route loads the round
/// within the user's scope: another agency's round is a 404 whatever the id.
/// </summary>
[Authorize(Roles = PortalRoles.LegalReviewer + "," + PortalRoles.Staff + "," + PortalRoles.Supervisor + "," + PortalRoles.Auditor)]
[Route("admin/legal-reviews")]
public sealed class LegalReviewsController(PortalDbContext db, ReviewPages pages, LegalReviews reviews, LegalClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken) =>
        View("Index", await pages.QueueAsync(User, year, cancellationToken));

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Show(long id, CancellationToken cancellationToken) =>
        await pages.ShowAsync(id, User, cancellationToken) is { } page ? View("Show", page) : NotFound();

    [HttpPost("{id:long}/assign")]
    [Authorize(Roles = PortalRoles.LegalReviewer)]
    public async Task<IActionResult> Assign(long id, string? stamp, [FromServices] ReviewerActs acts, CancellationToken cancellationToken) =>
        await AfterAsync(id, await acts.AssignAsync(id, stamp, User, cancellationToken), cancellationToken);

    [HttpPost("{id:long}/request")]
    [Authorize(Roles = PortalRoles.LegalReviewer)]
    public async Task<IActionResult> AskMaterials(long id, string? stamp, string? materialsRequest, [FromServices] ReviewerActs acts, CancellationToken cancellationToken) =>
        await AfterAsync(id, await acts.RequestAsync(id, stamp, materialsRequest, User, cancellationToken), cancellationToken);

    [HttpPost("{id:long}/extend")]
    [Authorize(Roles = PortalRoles.LegalReviewer)]
    public async Task<IActionResult> Extend(long id, string? stamp, string? extensionReason, string? extensionApprover, [FromServices] ReviewerActs acts,
        CancellationToken cancellationToken) =>
        await AfterAsync(id, await acts.ExtendAsync(id, stamp, extensionReason, extensionApprover, User, cancellationToken), cancellationToken);

    [HttpPost("{id:long}/conclude")]
    [Authorize(Roles = PortalRoles.LegalReviewer)]
    public async Task<IActionResult> Conclude(long id, string? stamp, [FromServices] ReviewerActs acts, CancellationToken cancellationToken)
    {
        var form = Request.HasFormContentType ? await Request.ReadFormAsync(cancellationToken) : null;
        var answers = new Dictionary<string, CheckAnswer>();
        foreach (var (code, _) in ReviewChecklist.Items)
        {
            if (Enum.TryParse<CheckVerdict>(form?[$"check-{code}"].ToString(), out var verdict) && Enum.IsDefined(verdict))
            {
                answers[code] = new CheckAnswer(code, verdict, form?[$"note-{code}"].ToString() ?? "");
            }
        }

        ReviewOpinion? opinion = Enum.TryParse<ReviewOpinion>(form?["Opinion"].ToString(), out var o) && Enum.IsDefined(o) ? o : null;
        var input = new ConcludeInput(answers, opinion, form?["Reasons"].ToString() ?? "");
        return await AfterAsync(id, await acts.ConcludeAsync(id, stamp, input, User, cancellationToken), cancellationToken);
    }

    [HttpPost("{id:long}/supply")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> Supply(long id, string? stamp, string? supplyNote, [FromServices] SubmitReview submit, CancellationToken cancellationToken) =>
        await AfterAsync(id, await submit.SupplyAsync(id, stamp, supplyNote, User, cancellationToken), cancellationToken);

    /// <summary>The frozen materials, byte for byte: their SHA-256 is the one shown on the round.</summary>
    [HttpGet("{id:long}/materials.json")]
    public async Task<IActionResult> Materials(long id, CancellationToken cancellationToken) =>
        await reviews.FindAsync(id, User, tracked: false, cancellationToken) is { } r
            ? File(r.Materials, "application/json; charset=utf-8", $"送审材料-{r.Case!.Number}-第{r.Round}轮.json")
            : NotFound();

    [HttpGet("{id:long}/opinion.pdf")]
    public async Task<IActionResult> Opinion(long id, CancellationToken cancellationToken)
    {
        if (await reviews.FindAsync(id, User, tracked: false, cancellationToken) is not { ConcludedOn: not null } r)
        {
            return NotFound();
        }

        db.Audit.Act("review.opinion", $"{r.OpinionNumber}：下载法制审核意见书");
        await db.SaveChangesAsync(cancellationToken);
        var url = $"{Request.Scheme}://{Request.Host}/admin/legal-reviews/{r.Id}";
        return File(NoticePdf.Render(OpinionDocument(r, url, clock.Now)), "application/pdf", $"法制审核意见书-{r.OpinionNumber}.pdf");
    }

    public static NoticeDocument OpinionDocument(LegalReview r, string url, DateTimeOffset now)
    {
        var c = r.Case!;
        var items = new List<NoticeItem>
        {
            new("文号", r.OpinionNumber),
            new("案件", $"{c.Number}（{c.Matter!.Name}）"),
            new("当事人", c.PartyName),
            new("送审日期", $"{r.SubmittedOn:yyyy-MM-dd}（第 {r.Round} 轮，送审人 {r.SubmittedBy}）"),
            new("重大执法决定情形", r.MajorBasis),
            new("送审材料 SHA-256", r.MaterialsSha256),
        };
        items.AddRange(r.Checklist().Select(a => new NoticeItem(ReviewChecklist.Title(a.Code), a.Note.Length > 0 ? $"{a.Verdict.Title()}：{a.Note}" : a.Verdict.Title())));
        items.Add(new("审核意见", r.Opinion!.Value.Title()));
        if (r.Reasons.Length > 0)
        {
            items.Add(new("理由和建议", r.Reasons));
        }

        items.Add(new("审核人员", $"{r.ReviewerName}（法律职业资格 {(r.ReviewerQualification.Length > 0 ? r.ReviewerQualification : "2021年7月15日前已从事法制审核")}）"));
        items.Add(new("审核完成日期", $"{r.ConcludedOn:yyyy-MM-dd}"));
        var timeliness = r.OnTime ? $"审核期限至 {r.Deadline!.Due:yyyy-MM-dd}，在期限内完成。" : $"审核期限至 {r.Deadline!.Due:yyyy-MM-dd}，超过期限完成。";
        return new NoticeDocument("重大执法决定法制审核意见书", c.Agency!.Name, items, timeliness, url, now);
    }

    /// <summary>Done: back to the round with the message. Refused: the round again with each problem beside its field.</summary>
    private async Task<IActionResult> AfterAsync(long id, Cases.CaseOutcome outcome, CancellationToken cancellationToken)
    {
        if (!outcome.Found)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            TempData["Message"] = outcome.Message;
            return RedirectToAction(nameof(Show), new { id });
        }

        if (Request.HasFormContentType)
        {
            foreach (var (key, value) in await Request.ReadFormAsync(cancellationToken))
            {
                ModelState.SetModelValue(key, value, value.ToString()); // what was typed comes back, nothing is lost
            }
        }

        foreach (var p in outcome.Problems)
        {
            ModelState.AddModelError(p.Field, p.Message);
        }

        return await pages.ShowAsync(id, User, cancellationToken) is { } page ? View("Show", page) : NotFound();
    }
}
