using System.Security.Claims;
using System.Text.Json;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Reviews;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Features.Cases;
using Dalian.Enforcement.Web.Features.Decisions;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Reviews;

/// <summary>
/// The handler's side of a review: mark the case major (never unmark), submit the draft decision with its materials as a new round,
/// and supply the materials a reviewer asked for. Submission is refused for a decision that is not major, while a round is open,
/// or when the latest round already agreed to the same content.
/// </summary>
public sealed class SubmitReview(PortalDbContext db, CaseActs acts, ReviewActs reviewActs, StaffCases cases, LegalReviews reviews, CalendarCache calendars,
    LegalClock clock)
{
    public Task<CaseOutcome> FlagAsync(long caseId, string? stamp, MajorReason? flag, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        acts.RunAsync(caseId, stamp, user, "case.major", c => Task.FromResult(c.FlagMajor(flag, DecisionActs.Limit(reason, 500))),
            c => $"已标记为重大执法决定（{c.MajorFlag!.Value.Title()}），作出决定前须经法制审核。", cancellationToken);

    public Task<CaseOutcome> SubmitAsync(long caseId, string? stamp, string? discretion, string? note, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        LegalReview? round = null;
        return acts.RunAsync(caseId, stamp, user, "review.submit", async c =>
        {
            var (problems, major) = await SubmissionProblemsAsync(c, cancellationToken);
            if (problems.Count > 0)
            {
                return problems;
            }

            var draft = (await DraftAsync(c, cancellationToken))!;
            var latest = await reviews.LatestAsync(c.Id, cancellationToken);
            if (string.IsNullOrWhiteSpace(discretion))
            {
                return [new("Discretion", "请说明裁量基准的适用情况（适用的裁量基准条目、从轻或从重的理由）。")];
            }

            var materials = ReviewMaterials.Bytes(c, draft, major!, DecisionActs.Limit(discretion, 2000), DecisionActs.Limit(note, 2000));
            round = LegalReview.Submit(c, (latest?.Round ?? 0) + 1, draft.Id, major!, materials, ReviewedContent.Of(draft).Sha256(), clock.Today, clock.UtcNow,
                user.Identity!.Name!, cases.Decisions.Policy.LegalReview, await calendars.GetCurrentAsync(cancellationToken));
            db.LegalReviews.Add(round);
            return [];
        }, c => $"已提交第 {round!.Round} 轮法制审核（送审材料 SHA-256 {round.MaterialsSha256[..16]}…），审核期限至 {round.Deadline!.Due:yyyy-MM-dd}。", cancellationToken);
    }

    /// <summary>Why the case cannot be submitted now, if it cannot; with the classification of its draft when there is one.</summary>
    public async Task<(List<CaseProblem> Problems, MajorClassification? Major)> SubmissionProblemsAsync(EnforcementCase c, CancellationToken cancellationToken)
    {
        if (c.IsClosed)
        {
            return ([new("", "案件已结案，不能提交法制审核。")], null);
        }

        if (await DraftAsync(c, cancellationToken) is not { } draft)
        {
            return ([new("", "请先起草本案的决定书，再提交法制审核。")], null);
        }

        var major = await reviews.ClassifyAsync(draft, c, cancellationToken);
        if (draft.State != DecisionState.Draft)
        {
            return ([new("", "本案的决定已经作出，不能再提交法制审核。")], major);
        }

        var procedure = cases.ProcedureOf(c);
        var at = c.CurrentStage(procedure);
        if (procedure.Stages.FirstOrDefault(s => s.Reviews) is { } stage && at is not null && procedure.IndexOf(at.Code) < procedure.IndexOf(stage.Code))
        {
            return ([new("", $"请先办理“{at.Name}”等{stage.Name}之前的环节，再提交法制审核。")], major);
        }

        if (!major.IsMajor)
        {
            return ([new("", $"本案的决定{major.Basis()}，无需法制审核（如认为情况复杂或涉及重大公共利益，请先标记为重大执法决定）。")], major);
        }

        var latest = await reviews.LatestAsync(c.Id, cancellationToken);
        if (latest is { IsOpen: true })
        {
            return ([new("", $"第 {latest.Round} 轮法制审核尚未结束（{LegalReview.Title(latest.State)}），不能重复提交。")], major);
        }

        if (latest is { State: ReviewState.Agreed } && latest.ContentSha256 == ReviewedContent.Of(draft).Sha256())
        {
            return ([new("", $"第 {latest.Round} 轮法制审核已同意本决定的现有内容，无需再次提交。")], major);
        }

        return ([], major);
    }

    /// <summary>The handler supplies what the reviewer asked for: the materials are taken from the case again and the clock restarts.</summary>
    public Task<CaseOutcome> SupplyAsync(long id, string? stamp, string? note, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        reviewActs.RunAsync(id, stamp, user, "review.supply", async r =>
        {
            if (!(await cases.WriteScopeAsync(user, cancellationToken)).Contains(r.AgencyId))
            {
                return [new("", "只有本案的承办机构可以补充送审材料。")];
            }

            var c = (await cases.FindAsync(r.CaseId, user, write: false, cancellationToken))!;
            var draft = await db.Decisions.AsNoTracking().Include(d => d.Matter).SingleAsync(d => d.Id == r.DecisionId, cancellationToken);
            if (draft.State != DecisionState.Draft)
            {
                return [new("", "本案的决定已经作出，不能再补充材料。")];
            }

            var previous = JsonDocument.Parse(r.Materials).RootElement.GetProperty("statement");
            var added = DecisionActs.Limit(note, 2000);
            var materials = ReviewMaterials.Bytes(c, draft, await reviews.ClassifyAsync(draft, c, cancellationToken), previous.GetProperty("discretion").GetString() ?? "",
                string.Join("\n", new[] { previous.GetProperty("note").GetString(), added.Length > 0 ? $"补充说明（{clock.Today:yyyy-MM-dd}）：{added}" : null }.Where(s => !string.IsNullOrEmpty(s))));
            return ReviewActs.One(r.Supply(materials, ReviewedContent.Of(draft).Sha256(), clock.Today, cases.Decisions.Policy.LegalReview,
                await calendars.GetCurrentAsync(cancellationToken)));
        }, r => $"已补充送审材料，审核期限自今日重新计算，至 {r.Deadline!.Due:yyyy-MM-dd}。", cancellationToken);

    private Task<Decision?> DraftAsync(EnforcementCase c, CancellationToken cancellationToken) =>
        db.Decisions.AsNoTracking().Include(d => d.Matter).FirstOrDefaultAsync(d => d.CaseId == c.Id, cancellationToken);
}
