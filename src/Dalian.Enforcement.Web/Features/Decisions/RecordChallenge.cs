using System.Security.Claims;
using Dalian.Enforcement.Domain;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>What staff type to record a reconsideration or lawsuit.</summary>
public sealed record ChallengeInput(ChallengeKind? Kind, string? FiledOn, string? Body, string? CaseNumber);

/// <summary>What staff type to record how it ended.</summary>
public sealed record ChallengeOutcomeInput(long ChallengeId, ChallengeOutcome? Outcome, string? DecidedOn, string? Note, string? LatenessReason);

/// <summary>
/// Reconsideration and litigation on a decision (the annual report's 被复议纠错 and 败诉): filed, then concluded once. A corrective
/// outcome (撤销, 变更, 确认违法或无效, 责令重作) takes a published decision down in the same act, on the withdrawal clock from the
/// outcome's date, with the withdrawal leaf in the transparency log.
/// </summary>
public sealed class RecordChallenge(DecisionActs acts, PortalDbContext db, StaffDecisions staff, CalendarCache calendars, LegalClock clock)
{
    public Task<ActOutcome> FileAsync(long id, int? stamp, ChallengeInput input, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        acts.RunAsync(id, stamp, user, "decision.challenge.file", d =>
        {
            var body = DecisionActs.Limit(input.Body, 100);
            string? problem = input.Kind is not { } kind || !Enum.IsDefined(kind) ? "请选择复议或诉讼。"
                : IsoDate.Parse(input.FiledOn) is not { } filed ? "请按 YYYY-MM-DD 填写申请或起诉日期。"
                : body.Length == 0 ? "请填写复议机关或人民法院。"
                : Domain.Privacy.PersonalDataScanner.ContainsPersonalData($"{body} {input.CaseNumber}")
                    ? "复议机关、人民法院或案号中含有证件号码、手机号码或银行卡号：撤回公告会引用它们，请只填写机关名称和案号。"
                : DecisionChallenge.FilingProblem(d, filed, clock.Today);
            if (problem is null)
            {
                db.DecisionChallenges.Add(new DecisionChallenge
                {
                    DecisionId = d.Id,
                    AgencyId = d.AgencyId,
                    Kind = input.Kind!.Value,
                    FiledOn = IsoDate.Parse(input.FiledOn)!.Value,
                    Body = body,
                    CaseNumber = DecisionActs.Limit(input.CaseNumber, 100),
                    RecordedAtUtc = clock.UtcNow,
                    RecordedBy = user.Identity!.Name!,
                });
            }

            return Task.FromResult(problem);
        }, _ => $"已登记{input.Kind?.Title()}。", cancellationToken);

    public Task<ActOutcome> ConcludeAsync(long id, int? stamp, ChallengeOutcomeInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var withdrew = false;
        return acts.RunAsync(id, stamp, user, "decision.challenge.conclude", async d =>
        {
            if (await db.DecisionChallenges.SingleOrDefaultAsync(c => c.Id == input.ChallengeId && c.DecisionId == d.Id, cancellationToken) is not { } challenge)
            {
                return "没有找到该复议或诉讼记录。";
            }

            if (input.Outcome is not { } outcome || IsoDate.Parse(input.DecidedOn) is not { } decidedOn)
            {
                return "请选择结果，并按 YYYY-MM-DD 填写结果日期。";
            }

            if (challenge.Conclude(outcome, decidedOn, DecisionActs.Limit(input.Note, 1000), clock.Today) is { } refused)
            {
                return refused;
            }

            if (outcome.Withdrawal() is not { } reason || d.State != DecisionState.Published)
            {
                return null;
            }

            var note = $"经{challenge.Kind.Title()}，{challenge.Body}于 {decidedOn:yyyy-MM-dd} {outcome.Title(challenge.Kind)}本决定"
                + (challenge.CaseNumber.Length > 0 ? $"（{challenge.CaseNumber}）。" : "。");
            var problem = d.Withdraw(reason, note, decidedOn, null, DecisionActs.Limit(input.LatenessReason, 500), clock.Today, staff.Policy.Withdrawal,
                await calendars.GetCurrentAsync(cancellationToken));
            if (problem is null)
            {
                withdrew = true;
                DecisionActs.LogPublicAct(db, d, LogActs.Withdrawn);
            }

            return problem;
        }, _ => withdrew ? "已登记结果；该决定已被纠正，公开页面已改为撤回公告。" : "已登记结果。", cancellationToken);
    }
}
