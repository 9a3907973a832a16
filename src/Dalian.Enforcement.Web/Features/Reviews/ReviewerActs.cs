using System.Security.Claims;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Reviews;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Account;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Features.Cases;
using Dalian.Enforcement.Web.Features.Decisions;
using Dalian.Enforcement.Web.Infrastructure.Time;

namespace Dalian.Enforcement.Web.Features.Reviews;

/// <summary>The checklist and opinion as posted: each point's verdict and note by code.</summary>
public sealed record ConcludeInput(IReadOnlyDictionary<string, CheckAnswer> Answers, ReviewOpinion? Opinion, string Reasons);

/// <summary>
/// The reviewer's side: take a round (only a qualified reviewer of the agency who neither handled nor submitted the case), ask for
/// materials, extend the clock once, and conclude with the checklist and opinion. An agreeing opinion enters the case's review stage.
/// </summary>
public sealed class ReviewerActs(PortalDbContext db, ReviewActs acts, LegalReviews reviews, StaffCases cases, CalendarCache calendars, LegalClock clock)
{
    public Task<CaseOutcome> AssignAsync(long id, string? stamp, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        acts.RunAsync(id, stamp, user, "review.assign", async r =>
        {
            var (reviewer, problems) = await reviews.ReviewerCheckAsync(r, user, cancellationToken);
            return problems.Count > 0
                ? [.. problems.Select(p => new CaseProblem("", p))]
                : ReviewActs.One(r.Assign(reviewer.UserName!, reviewer.DisplayName, reviewer.LegalQualificationNumber, clock.UtcNow));
        }, r => $"已由{r.ReviewerName}领取审核，期限至 {r.Deadline!.Due:yyyy-MM-dd}。", cancellationToken);

    public Task<CaseOutcome> RequestAsync(long id, string? stamp, string? note, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        acts.RunAsync(id, stamp, user, "review.request", r => Task.FromResult(Mine(r, user)
            ?? ReviewActs.One(r.RequestMaterials(DecisionActs.Limit(note, 1000), clock.Today), "MaterialsRequest")),
            _ => "已要求补充材料，审核期限暂停，材料补齐之日起重新计算。", cancellationToken);

    public Task<CaseOutcome> ExtendAsync(long id, string? stamp, string? reason, string? approver, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        acts.RunAsync(id, stamp, user, "review.extend", async r =>
        {
            if (Mine(r, user) is { } notMine)
            {
                return notMine;
            }

            var name = (await ApproversAsync(r, user, cancellationToken)).FirstOrDefault(a => a.Id == approver)?.Name ?? "";
            if (name.Length == 0 && !string.IsNullOrWhiteSpace(approver))
            {
                return [new("ExtensionApprover", "批准人须为本机关的其他账户（不能由审核人员本人批准）。")];
            }

            var policy = cases.Decisions.Policy;
            return r.Extend(DecisionActs.Limit(reason, 500), name, clock.Today, policy.LegalReview, policy.LegalReviewExtension,
                await calendars.GetCurrentAsync(cancellationToken)) is { } refused ? [new(refused.Field, refused.Message)] : [];
        }, r => $"已延长审核期限至 {r.Deadline!.Due:yyyy-MM-dd}（批准人：{r.ExtensionApprover}）。", cancellationToken);

    public Task<CaseOutcome> ConcludeAsync(long id, string? stamp, ConcludeInput input, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        acts.RunAsync(id, stamp, user, "review.conclude", async r =>
        {
            var c = r.Case!;
            var answers = input.Answers.ToDictionary(a => a.Key, a => a.Value with { Note = DecisionActs.Limit(a.Value.Note, 500) });
            var sequence = await reviews.NextOpinionSequenceAsync(r.AgencyId, clock.Today.Year, cancellationToken);
            var problems = r.Conclude(answers, input.Opinion, DecisionActs.Limit(input.Reasons, 2000), user.Identity!.Name!, clock.Today, clock.UtcNow,
                LegalReviews.NumberPrefix(c.Agency!), sequence);
            if (problems.Count == 0 && r.State == ReviewState.Agreed)
            {
                var stages = c.Stages.Count;
                c.EnterReview(cases.ProcedureOf(c), r, clock.Now.DateTime, clock.UtcNow, user.Identity.Name!);
                if (c.Stages.Count > stages)
                {
                    c.Stamp++; // the handler's open case page is now stale: the review stage was entered
                    (c.UpdatedAtUtc, c.UpdatedBy) = (clock.UtcNow, user.Identity.Name!);
                }
            }

            return [.. problems.Select(p => new CaseProblem(p.Field, p.Message))];
        }, r => $"已出具法制审核意见书 {r.OpinionNumber}：{r.Opinion!.Value.Title()}。", cancellationToken);

    /// <summary>The accounts of the round's agency other than the user: who may approve an extension (the agency's head).</summary>
    public async Task<List<Approver>> ApproversAsync(LegalReview r, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var chain = await reviews.ChainAsync(r.AgencyId, cancellationToken);
        return await Approvers.OfAsync(db, chain, user, null, cancellationToken);
    }

    private static List<CaseProblem>? Mine(LegalReview r, ClaimsPrincipal user) =>
        r.ReviewerUserName.Length > 0 && r.ReviewerUserName == user.Identity?.Name ? null : [new("", "只有承办本轮审核的审核人员可以办理此操作。")];
}
