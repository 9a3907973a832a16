using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>
/// The lifecycle actions on a decision: decide, mask personal data, publish, not disclose, withdraw. Each
/// binds, calls its one operation, and returns to the record with the outcome; a refused action keeps
/// what was typed. The three acts the public feels and no one can undo (publish, not disclose, withdraw) have
/// their own confirmation page, a plain GET that says what will happen and holds the act's form: no script needed.
/// </summary>
[Authorize(Roles = PortalRoles.Staff)]
[Route("admin/decisions/{id:long}")]
public sealed class DecisionLifecycleController(StaffDecisions staff, CalendarCache calendars, LegalClock clock) : Controller
{
    [HttpGet("publish")]
    public Task<IActionResult> ConfirmPublish(long id, CancellationToken cancellationToken) =>
        ConfirmAsync(id, ConfirmedAct.Publish, DecisionState.Decided, null, cancellationToken);

    [HttpGet("not-disclosed")]
    public Task<IActionResult> ConfirmNotDisclose(long id, [FromServices] NotDiscloseDecision notDisclose, CancellationToken cancellationToken) =>
        ConfirmAsync(id, ConfirmedAct.NotDisclose, DecisionState.Decided, d => notDisclose.ApproversAsync(d, User, cancellationToken), cancellationToken);

    [HttpGet("withdraw")]
    public Task<IActionResult> ConfirmWithdraw(long id, CancellationToken cancellationToken) =>
        ConfirmAsync(id, ConfirmedAct.Withdraw, DecisionState.Published, null, cancellationToken);

    [HttpPost("decide")]
    public async Task<IActionResult> Decide(long id, int? stamp, [FromServices] DecideDecision decide, CancellationToken cancellationToken) =>
        Outcome(id, await decide.HandleAsync(id, stamp, User, cancellationToken));

    [HttpPost("mask")]
    public async Task<IActionResult> Mask(long id, int? stamp, [FromServices] MaskDecision mask, CancellationToken cancellationToken) =>
        Outcome(id, await mask.HandleAsync(id, stamp, User, cancellationToken));

    [HttpPost("publish")]
    public async Task<IActionResult> Publish(long id, int? stamp, string? latenessReason, [FromServices] PublishDecision publish,
        CancellationToken cancellationToken) =>
        Outcome(id, await publish.HandleAsync(id, stamp, latenessReason, User, cancellationToken), nameof(ConfirmPublish));

    [HttpPost("not-disclosed")]
    public async Task<IActionResult> NotDisclose(long id, int? stamp, NonDisclosureReason? reason, string? approver, string? approvedOn, string? note,
        string? latenessReason, [FromServices] NotDiscloseDecision notDisclose, CancellationToken cancellationToken) =>
        Outcome(id, await notDisclose.HandleAsync(id, stamp, new NonDisclosureInput(reason, approver, approvedOn, note, latenessReason), User, cancellationToken),
            nameof(ConfirmNotDisclose));

    [HttpPost("withdraw")]
    public async Task<IActionResult> Withdraw(long id, int? stamp, WithdrawalReason? reason, string? note, string? revokingActDate,
        string? replacement, string? latenessReason, [FromServices] WithdrawDecision withdraw, CancellationToken cancellationToken) =>
        Outcome(id, await withdraw.HandleAsync(id, stamp, new WithdrawalInput(reason, note, revokingActDate, replacement, latenessReason), User, cancellationToken),
            nameof(ConfirmWithdraw));

    [HttpPost("challenges")]
    public async Task<IActionResult> FileChallenge(long id, int? stamp, ChallengeKind? kind, string? filedOn, string? body, string? caseNumber,
        [FromServices] RecordChallenge challenges, CancellationToken cancellationToken) =>
        Outcome(id, await challenges.FileAsync(id, stamp, new ChallengeInput(kind, filedOn, body, caseNumber), User, cancellationToken));

    [HttpPost("challenges/{challengeId:long}")]
    public async Task<IActionResult> ConcludeChallenge(long id, long challengeId, int? stamp, ChallengeOutcome? outcome, string? decidedOn, string? note,
        string? latenessReason, [FromServices] RecordChallenge challenges, CancellationToken cancellationToken) =>
        Outcome(id, await challenges.ConcludeAsync(id, stamp, new ChallengeOutcomeInput(challengeId, outcome, decidedOn, note, latenessReason), User, cancellationToken));

    /// <summary>The fields of the record page's forms and their lengths (the forms' maxlength).</summary>
    private static readonly Dictionary<string, int> s_typed = new(StringComparer.Ordinal)
    {
        ["reason"] = 30,
        ["note"] = 1000,
        ["revokingActDate"] = 10,
        ["replacement"] = 100,
        ["latenessReason"] = 500,
        ["approver"] = 60,
        ["approvedOn"] = 10,
        ["kind"] = 20,
        ["filedOn"] = 10,
        ["body"] = 100,
        ["caseNumber"] = 100,
        ["outcome"] = 20,
        ["decidedOn"] = 10,
    };

    /// <summary>The confirmation page of an act, while the record is in the state the act starts from; otherwise back to the record.</summary>
    private async Task<IActionResult> ConfirmAsync(long id, ConfirmedAct act, DecisionState from, Func<Decision, Task<List<Account.Approver>>>? approvers,
        CancellationToken cancellationToken)
    {
        if (await staff.FindAsync(id, User, write: true, cancellationToken) is not { } d)
        {
            return NotFound();
        }

        if (d.State != from)
        {
            TempData["Error"] = $"当前状态为“{d.State.Title()}”，不能{act.Title()}。";
            return RedirectToAction(nameof(DecisionRecordsController.Show), "DecisionRecords", new { id });
        }

        return View("Confirm", new ConfirmPage(d, act, clock.Today, await calendars.GetCurrentAsync(cancellationToken), staff.Policy.Withdrawal,
            approvers is null ? [] : await approvers(d)));
    }

    /// <summary>Done: the record with the message. Refused: back where the act was asked for (its confirmation page, if it has one), with what was typed.</summary>
    private IActionResult Outcome(long id, ActOutcome outcome, string? confirmation = null)
    {
        if (!outcome.Found)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            TempData["Message"] = outcome.Message;
        }
        else
        {
            TempData["Error"] = outcome.Message;
            if (outcome.Message != DecisionActs.StaleMessage)
            {
                // What the person typed comes back into the form, so nothing is lost: only the lifecycle forms' own fields, each cut to
                // its field's length, so the cookie that carries them stays small whatever is posted (no 431 for the browser).
                foreach (var (key, value) in Request.Form)
                {
                    if (s_typed.TryGetValue(key, out var length))
                    {
                        TempData[$"Typed.{key}"] = DecisionActs.Limit(value.ToString(), length);
                    }
                }
            }
        }

        return confirmation is not null && !outcome.Succeeded && outcome.Message != DecisionActs.StaleMessage
            ? RedirectToAction(confirmation, new { id })
            : RedirectToAction(nameof(DecisionRecordsController.Show), "DecisionRecords", new { id });
    }
}
