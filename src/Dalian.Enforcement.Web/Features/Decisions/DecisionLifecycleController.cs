using Dalian.Enforcement.Domain;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>
/// The lifecycle actions on a decision: decide, mask personal data, publish, not disclose, withdraw. The
/// rules are the domain's; each action carries the record's stamp, so an action on a page that another
/// person has since changed is refused.
/// </summary>
[Authorize(Roles = PortalRoles.Staff)]
[Route("admin/decisions/{id:long}")]
public sealed class DecisionLifecycleController(PortalDbContext db, StaffDecisions staff, CalendarCache calendars, LegalClock clock) : Controller
{
    [HttpPost("decide")]
    public Task<IActionResult> Decide(long id, int? stamp, CancellationToken cancellationToken) =>
        ActAsync(id, stamp, async d => d.Decide(clock.Today, staff.PublicationPeriod(d.Matter!), await calendars.GetCurrentAsync(cancellationToken)),
            d => $"已确认作出决定，公开期限：{d.PublicationDeadline!.Due:yyyy-MM-dd}。", cancellationToken);

    [HttpPost("mask")]
    public Task<IActionResult> Mask(long id, int? stamp, CancellationToken cancellationToken)
    {
        var masked = 0;
        return ActAsync(id, stamp, d =>
            {
                if (!d.IsEditable)
                {
                    return Task.FromResult<string?>("已公开的决定不能修改。");
                }

                masked = d.MaskPersonalData();
                return Task.FromResult<string?>(null);
            },
            _ => masked > 0 ? $"已遮盖 {masked} 处个人信息。" : "没有发现需要遮盖的个人信息。", cancellationToken);
    }

    [HttpPost("publish")]
    public Task<IActionResult> Publish(long id, int? stamp, string? latenessReason, CancellationToken cancellationToken) =>
        ActAsync(id, stamp, async d => d.Publish(clock.Today, Limit(latenessReason, 500), await calendars.GetCurrentAsync(cancellationToken)),
            d => d.WorkingDaysLate > 0 ? $"已公开（逾期 {d.WorkingDaysLate} 个工作日）。" : "已公开，在法定期限内。", cancellationToken);

    [HttpPost("not-disclosed")]
    public Task<IActionResult> NotDisclose(long id, int? stamp, NonDisclosureReason? reason, string? approver, string? approvedOn, string? note,
        string? latenessReason, CancellationToken cancellationToken) =>
        ActAsync(id, stamp, async d =>
                reason is not { } r || !Enum.IsDefined(r) ? "请选择不予公开的理由。"
                : IsoDate.Parse(approvedOn) is not { } on ? "请按 YYYY-MM-DD 填写批准日期。"
                : d.NotDisclose(r, Limit(approver, 50), on, Limit(note, 1000), clock.Today, Limit(latenessReason, 500),
                    await calendars.GetCurrentAsync(cancellationToken)),
            _ => "已登记为不予公开。该决定不会出现在任何公开页面，但仍计入统计。", cancellationToken);

    [HttpPost("withdraw")]
    public Task<IActionResult> Withdraw(long id, int? stamp, WithdrawalReason? reason, string? note, string? revokingActDate,
        string? replacement, string? latenessReason, CancellationToken cancellationToken) =>
        ActAsync(id, stamp, async d =>
            {
                if (reason is not { } r || !Enum.IsDefined(r))
                {
                    return "请选择撤回的原因。";
                }

                if (IsoDate.Parse(revokingActDate) is not { } actDate)
                {
                    return "请按 YYYY-MM-DD 填写撤销（变更）行为的日期。";
                }

                Decision? replacing = null;
                if (!string.IsNullOrWhiteSpace(replacement))
                {
                    var number = replacement.Trim();
                    replacing = await db.Decisions.SingleOrDefaultAsync(x => x.AgencyId == d.AgencyId && x.DocumentNumber == number, cancellationToken);
                    if (replacing is not { State: DecisionState.Decided or DecisionState.Published })
                    {
                        return $"本单位没有文书号为“{Limit(number, 100)}”的已作出的决定；请先登记并确认重新作出的决定。";
                    }
                }

                return d.Withdraw(r, Limit(note, 1000), actDate, replacing, Limit(latenessReason, 500), clock.Today,
                    staff.Policy.Withdrawal, await calendars.GetCurrentAsync(cancellationToken));
            },
            _ => "已撤回。该决定的公开页面、PDF 和数据接口均已改为撤回公告。", cancellationToken);

    /// <summary>Loads the staff member's own decision, checks the stamp, applies the action, saves.</summary>
    private async Task<IActionResult> ActAsync(long id, int? stamp, Func<Decision, Task<string?>> action, Func<Decision, string> done,
        CancellationToken cancellationToken)
    {
        if (await staff.FindAsync(id, User, write: true, cancellationToken) is not { } decision)
        {
            return NotFound();
        }

        if (stamp is null || decision.Stamp != stamp)
        {
            TempData["Error"] = "该决定在您打开页面后已被他人修改，本次操作未执行。请核对最新内容后重试。";
            return RedirectToAction(nameof(DecisionRecordsController.Show), "DecisionRecords", new { id });
        }

        if (await action(decision) is { } refused)
        {
            TempData["Error"] = refused;
            // What the person typed comes back into the form, so nothing is lost.
            foreach (var (key, value) in Request.Form.Where(f => f.Key is not ("stamp" or "__RequestVerificationToken")))
            {
                TempData[$"Typed.{key}"] = Limit(value.ToString(), 1000);
            }

            return RedirectToAction(nameof(DecisionRecordsController.Show), "DecisionRecords", new { id });
        }

        decision.Stamp++;
        (decision.UpdatedAtUtc, decision.UpdatedBy) = (clock.UtcNow, User.Identity!.Name!);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            TempData["Message"] = done(decision);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Error"] = "该决定在您操作的同时已被他人修改，本次操作未执行。请核对最新内容后重试。";
        }

        return RedirectToAction(nameof(DecisionRecordsController.Show), "DecisionRecords", new { id });
    }

    /// <summary>The text trimmed and cut to its column's length (the form's maxlength says the same).</summary>
    private static string Limit(string? text, int length)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length > length ? trimmed[..length] : trimmed;
    }
}
