using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Decisions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>
/// The lifecycle actions on a decision: decide, mask personal data, publish, not disclose, withdraw. Each
/// binds, calls its one operation, and returns to the record with the outcome; a refused action keeps
/// what was typed.
/// </summary>
[Authorize(Roles = PortalRoles.Staff)]
[Route("admin/decisions/{id:long}")]
public sealed class DecisionLifecycleController : Controller
{
    [HttpPost("decide")]
    public async Task<IActionResult> Decide(long id, int? stamp, [FromServices] DecideDecision decide, CancellationToken cancellationToken) =>
        Outcome(id, await decide.HandleAsync(id, stamp, User, cancellationToken));

    [HttpPost("mask")]
    public async Task<IActionResult> Mask(long id, int? stamp, [FromServices] MaskDecision mask, CancellationToken cancellationToken) =>
        Outcome(id, await mask.HandleAsync(id, stamp, User, cancellationToken));

    [HttpPost("publish")]
    public async Task<IActionResult> Publish(long id, int? stamp, string? latenessReason, [FromServices] PublishDecision publish,
        CancellationToken cancellationToken) =>
        Outcome(id, await publish.HandleAsync(id, stamp, latenessReason, User, cancellationToken));

    [HttpPost("not-disclosed")]
    public async Task<IActionResult> NotDisclose(long id, int? stamp, NonDisclosureReason? reason, string? approver, string? approvedOn, string? note,
        string? latenessReason, [FromServices] NotDiscloseDecision notDisclose, CancellationToken cancellationToken) =>
        Outcome(id, await notDisclose.HandleAsync(id, stamp, new NonDisclosureInput(reason, approver, approvedOn, note, latenessReason), User, cancellationToken));

    [HttpPost("withdraw")]
    public async Task<IActionResult> Withdraw(long id, int? stamp, WithdrawalReason? reason, string? note, string? revokingActDate,
        string? replacement, string? latenessReason, [FromServices] WithdrawDecision withdraw, CancellationToken cancellationToken) =>
        Outcome(id, await withdraw.HandleAsync(id, stamp, new WithdrawalInput(reason, note, revokingActDate, replacement, latenessReason), User, cancellationToken));

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
        ["approver"] = 50,
        ["approvedOn"] = 10,
        ["kind"] = 20,
        ["filedOn"] = 10,
        ["body"] = 100,
        ["caseNumber"] = 100,
        ["outcome"] = 20,
        ["decidedOn"] = 10,
    };

    private IActionResult Outcome(long id, ActOutcome outcome)
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

        return RedirectToAction(nameof(DecisionRecordsController.Show), "DecisionRecords", new { id });
    }
}
