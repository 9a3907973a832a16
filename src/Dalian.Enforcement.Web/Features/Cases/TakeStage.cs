using System.Security.Claims;
using Dalian.Enforcement.Domain;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Web.Features.Decisions;
using Dalian.Enforcement.Web.Infrastructure.Time;

namespace Dalian.Enforcement.Web.Features.Cases;

/// <summary>
/// Enters or skips the case's current stage: the officers present must be handling officers of the case with
/// certificates valid that day, an exception's approver another account of the agency, and the deciding stage
/// takes the decision's date and number. The domain says what else is wrong (<see cref="EnforcementCase.Take"/>).
/// </summary>
public sealed class TakeStage(CaseActs acts, StaffCases cases, Reviews.LegalReviews reviews, LegalClock clock)
{
    public async Task<CaseOutcome> HandleAsync(long id, StageForm form, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await acts.RunAsync(id, form.Stamp, user, form.Skip ? "case.stage.skip" : "case.stage.take", async c =>
        {
            var problems = new List<CaseProblem>();
            var at = Typed.Time(form.OccurredAt);
            if (!form.Skip && at is null && !string.IsNullOrWhiteSpace(form.OccurredAt))
            {
                problems.Add(new("OccurredAt", "请填写有效的日期和时间，例如 2026-11-30 09:30。"));
            }

            var documentDate = Date(form.DocumentDate, "DocumentDate", problems);
            var servedOn = Date(form.ServedOn, "ServedOn", problems);
            var wanted = form.OfficerIds.Distinct().ToList();
            if (wanted.Any(o => c.Officers.All(x => x.OfficerId != o)))
            {
                problems.Add(new("OfficerIds", "在场执法人员须为本案的承办人员。"));
            }

            var approver = "";
            if (form.AvException is not null && !string.IsNullOrWhiteSpace(form.AvExceptionApprover))
            {
                approver = (await cases.ApproversAsync(c, user, cancellationToken)).FirstOrDefault(a => a.Id == form.AvExceptionApprover)?.Name ?? "";
                if (approver.Length == 0)
                {
                    problems.Add(new("AvExceptionApprover", "审批人须为本单位的其他账户（不能由录入人本人批准）。"));
                }
            }

            if (problems.Count > 0)
            {
                return problems;
            }

            var decision = await cases.DecisionOfAsync(c.Id, cancellationToken);
            var decided = decision is { State: not DecisionState.Draft } ? decision : null;
            var stage = cases.ProcedureOf(c).Stage(form.Code);
            var levels = await cases.AvLevelsAsync(c, cancellationToken);
            var input = new StageInput
            {
                Code = form.Code,
                Skip = form.Skip,
                OccurredAt = at,
                Place = DecisionActs.Limit(form.Place, 200),
                Present = await cases.OfficersAsync(wanted, cancellationToken),
                DocumentNumber = DecisionActs.Limit(form.DocumentNumber, 100),
                DocumentDate = stage?.Decides == true ? decided?.DecisionDate : documentDate,
                ServedOn = servedOn,
                Note = DecisionActs.Limit(form.Note, 2000),
                SkipReason = DecisionActs.Limit(form.SkipReason, 500),
                AvException = form.AvException,
                AvExceptionNote = DecisionActs.Limit(form.AvExceptionNote, 500),
                AvExceptionApprover = approver,
                BackdateReason = DecisionActs.Limit(form.BackdateReason, 500),
            };
            var major = stage?.Reviews == true && decision is not null ? await reviews.ClassifyAsync(decision, c, cancellationToken) : null;
            var context = new StageContext(clock.Now.DateTime, clock.UtcNow, user.Identity!.Name!, levels(form.Code), cases.Policy.BackdateGraceDays,
                decided?.DecisionDate, decided?.DocumentNumber ?? "", major);
            return c.Take(cases.ProcedureOf(c), input, context);
        }, c => form.Skip ? $"已跳过“{c.Stages[^1].Name}”环节。" : $"已办理“{c.Stages[^1].Name}”环节。", cancellationToken);

    private static DateOnly? Date(string? text, string field, List<CaseProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var date = IsoDate.Parse(text);
        if (date is null)
        {
            problems.Add(new(field, "请填写有效的日期，例如 2026-11-30。"));
        }

        return date;
    }
}
