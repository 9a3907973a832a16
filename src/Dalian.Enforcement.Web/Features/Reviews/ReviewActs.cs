using System.Security.Claims;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Reviews;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Reviews;

/// <summary>
/// The one way an act on a review round happens: load the round (and its case) within the user's scope, check the stamp of the
/// page the act came from, let the domain decide, then save the change and its audit event in one transaction. A colleague's
/// act in between (the stamp, or the same opinion number taken at once) refuses the act instead of overwriting it.
/// </summary>
public sealed class ReviewActs(PortalDbContext db, LegalReviews reviews)
{
    public const string StaleMessage = "该审核在您打开页面后已有变动，本次操作未执行。请核对最新内容后重试。";

    public async Task<CaseOutcome> RunAsync(long id, string? stamp, ClaimsPrincipal user, string action,
        Func<LegalReview, Task<List<CaseProblem>>> apply, Func<LegalReview, string> done, CancellationToken cancellationToken)
    {
        if (await reviews.FindAsync(id, user, tracked: true, cancellationToken) is not { } review)
        {
            return CaseOutcome.NotFound;
        }

        if (!int.TryParse(stamp, out var seen) || seen != review.Stamp)
        {
            return new CaseOutcome(true, [new("", StaleMessage)]);
        }

        if (await apply(review) is [_, ..] problems)
        {
            db.ChangeTracker.Clear();
            return new CaseOutcome(true, problems);
        }

        review.Stamp++;
        var message = done(review);
        db.Audit.Act(action, $"{review.Case!.Number} 第 {review.Round} 轮法制审核：{message}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new CaseOutcome(true, [], message);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            db.Audit.Clear();
            return new CaseOutcome(true, [new("", StaleMessage)]);
        }
    }

    public static List<CaseProblem> One(string? refusal, string field = "") => refusal is null ? [] : [new(field, refusal)];
}
