using System.Security.Claims;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Features.Decisions;
using Dalian.Enforcement.Web.Infrastructure.Time;

namespace Dalian.Enforcement.Web.Features.Cases;

/// <summary>Extends a running clock of a case with the approval of another account of the agency (行政许可法 art. 42; 行政处罚法 art. 60).</summary>
public sealed class ExtendClock(CaseActs acts, StaffCases cases, CalendarCache calendars, LegalClock clock)
{
    public Task<CaseOutcome> HandleAsync(long id, string? stamp, string? name, string? days, string? reason, string? approver, ClaimsPrincipal user,
        CancellationToken cancellationToken) =>
        acts.RunAsync(id, stamp, user, "case.clock.extend", async c =>
        {
            if (cases.Policy.ClocksOf(c.Category).FirstOrDefault(r => r.Name == name) is not { } rule)
            {
                return [new("Clock", "请选择要延长的期限。")];
            }

            var approverName = (await cases.ApproversAsync(c, user, cancellationToken)).FirstOrDefault(a => a.Id == approver)?.Name ?? "";
            if (approverName.Length == 0 && !string.IsNullOrWhiteSpace(approver))
            {
                return [new("Approver", "审批人须为本单位的其他账户（不能由申请人本人批准）。")];
            }

            var current = CaseClocks.Of(c, cases.Policy, await calendars.GetCurrentAsync(cancellationToken), clock.Today).FirstOrDefault(k => k.Rule.Name == rule.Name);
            return c.Extend(rule, current, int.TryParse(days, out var n) ? n : 0, DecisionActs.Limit(reason, 500), approverName, clock.Today, clock.UtcNow, user.Identity!.Name!);
        }, c => $"已批准延长“{c.Extensions[^1].Clock}” {c.Extensions[^1].Days} 日。", cancellationToken);
}
