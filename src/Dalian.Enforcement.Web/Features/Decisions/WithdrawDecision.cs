using System.Security.Claims;
using Dalian.Enforcement.Domain;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>What staff type to withdraw a published decision.</summary>
public sealed record WithdrawalInput(WithdrawalReason? Reason, string? Note, string? RevokingActDate, string? Replacement, string? LatenessReason);

/// <summary>Published → withdrawn (行政处罚法 art. 48, 85), on its own clock; the act enters the transparency log.</summary>
public sealed class WithdrawDecision(DecisionActs acts, PortalDbContext db, StaffDecisions staff, CalendarCache calendars, LegalClock clock)
{
    public Task<ActOutcome> HandleAsync(long id, int? stamp, WithdrawalInput input, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        acts.RunAsync(id, stamp, user, "decision.withdraw", async d =>
            {
                if (input.Reason is not { } reason || !Enum.IsDefined(reason))
                {
                    return "请选择撤回的原因。";
                }

                if (IsoDate.Parse(input.RevokingActDate) is not { } actDate)
                {
                    return "请按 YYYY-MM-DD 填写撤销（变更）行为的日期。";
                }

                Decision? replacing = null;
                if (!string.IsNullOrWhiteSpace(input.Replacement))
                {
                    var number = input.Replacement.Trim();
                    replacing = await db.Decisions.SingleOrDefaultAsync(x => x.AgencyId == d.AgencyId && x.DocumentNumber == number, cancellationToken);
                    if (replacing is not { State: DecisionState.Decided or DecisionState.Published })
                    {
                        return $"本单位没有文书号为“{DecisionActs.Limit(number, 100)}”的已作出的决定；请先登记并确认重新作出的决定。";
                    }
                }

                return d.Withdraw(reason, DecisionActs.Limit(input.Note, 1000), actDate, replacing, DecisionActs.Limit(input.LatenessReason, 500),
                    clock.Today, staff.Policy.Withdrawal, await calendars.GetCurrentAsync(cancellationToken));
            },
            _ => "已撤回。该决定的公开页面、PDF 和数据接口均已改为撤回公告。", cancellationToken, LogActs.Withdrawn);
}

/// <summary>What staff give to record a decision as not disclosed; <c>Approver</c> is the id of an account from <see cref="NotDiscloseDecision.ApproversAsync"/>.</summary>
public sealed record NonDisclosureInput(NonDisclosureReason? Reason, string? Approver, string? ApprovedOn, string? Note, string? LatenessReason);

/// <summary>
/// Decided → not disclosed, with the reason and its approver: a second person, another active staff account of the deciding
/// agency, chosen from the accounts (the act's audit event names the account). The fact (never the content) enters the transparency log.
/// </summary>
public sealed class NotDiscloseDecision(DecisionActs acts, PortalDbContext db, CalendarCache calendars, LegalClock clock)
{
    public const string ApproverMessage = "请从列表中选择批准人：本单位的另一名执法单位工作人员（不能由本人批准）。";

    public Task<ActOutcome> HandleAsync(long id, int? stamp, NonDisclosureInput input, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        acts.RunAsync(id, stamp, user, "decision.not-disclose", async d =>
                input.Reason is not { } r || !Enum.IsDefined(r) ? "请选择不予公开的理由。"
                : await ApproverAsync(d, input.Approver, user, cancellationToken) is not { } approver ? ApproverMessage
                : IsoDate.Parse(input.ApprovedOn) is not { } on ? "请按 YYYY-MM-DD 填写批准日期。"
                : d.NotDisclose(r, DecisionActs.Limit(approver, 50), on, DecisionActs.Limit(input.Note, 1000), clock.Today,
                    DecisionActs.Limit(input.LatenessReason, 500), await calendars.GetCurrentAsync(cancellationToken)),
            d => $"已登记为不予公开（批准人：{d.NonDisclosureApprover}）。该决定不会出现在任何公开页面，但仍计入统计。", cancellationToken, LogActs.NotDisclosed);

    /// <summary>Who may approve not disclosing <paramref name="d"/>: the list the confirmation page offers.</summary>
    public Task<List<Account.Approver>> ApproversAsync(Decision d, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Account.Approvers.OfAsync(db, [d.AgencyId], user, Domain.Accounts.PortalRoles.Staff, cancellationToken);

    private Task<string?> ApproverAsync(Decision d, string? id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Account.Approvers.NameAsync(db, [d.AgencyId], user, Domain.Accounts.PortalRoles.Staff, id, cancellationToken);
}
