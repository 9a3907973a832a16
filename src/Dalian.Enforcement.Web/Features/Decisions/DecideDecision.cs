using System.Security.Claims;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Reviews;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Features.Reviews;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>
/// Draft → decided: the only path to a decision. A major decision passes the legal-review gate first (<see cref="ReviewGate"/>):
/// its case's latest round agreed, to this content. The publication clock starts from the decision date.
/// </summary>
public sealed class DecideDecision(DecisionActs acts, StaffDecisions staff, LegalReviews reviews, PortalDbContext db, CalendarCache calendars, LegalClock clock)
{
    public Task<ActOutcome> HandleAsync(long id, int? stamp, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        acts.RunAsync(id, stamp, user, "decision.decide",
            async d => await GateAsync(d, cancellationToken)
                ?? d.Decide(clock.Today, staff.PublicationPeriod(d.Matter!), await calendars.GetCurrentAsync(cancellationToken)),
            d => $"已确认作出决定，公开期限：{d.PublicationDeadline!.Due:yyyy-MM-dd}（{d.PublicationDeadline.Period}）。", cancellationToken);

    /// <summary>The gate: null when the decision is not major, or its case's latest round agreed to this very content.</summary>
    public async Task<string?> GateAsync(Decision d, CancellationToken cancellationToken)
    {
        var c = d.CaseId is { } caseId
            ? await db.Cases.AsNoTracking().Include(x => x.Matter).Include(x => x.Stages).AsSplitQuery().SingleAsync(x => x.Id == caseId, cancellationToken)
            : null;
        var major = await reviews.ClassifyAsync(d, c, cancellationToken);
        var latest = c is null ? null : await reviews.LatestAsync(c.Id, cancellationToken);
        return ReviewGate.Refusal(major, latest, ReviewedContent.Of(d).Sha256());
    }
}

/// <summary>Masks the personal numbers and hidden names found in the items a publication would show.</summary>
public sealed class MaskDecision(DecisionActs acts)
{
    public Task<ActOutcome> HandleAsync(long id, int? stamp, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var masked = 0;
        return acts.RunAsync(id, stamp, user, "decision.mask",
            d =>
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
}

/// <summary>Decided → published, within the deadline or late with a reason; the act enters the transparency log.</summary>
public sealed class PublishDecision(DecisionActs acts, CalendarCache calendars, LegalClock clock)
{
    public Task<ActOutcome> HandleAsync(long id, int? stamp, string? latenessReason, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        acts.RunAsync(id, stamp, user, "decision.publish",
            async d => d.Publish(clock.Today, DecisionActs.Limit(latenessReason, 500), await calendars.GetCurrentAsync(cancellationToken)),
            d => d.WorkingDaysLate > 0 ? $"已公开（逾期 {d.WorkingDaysLate} 个工作日）。" : "已公开，在法定期限内。", cancellationToken,
            Domain.Transparency.LogActs.Published);
}
