using System.Security.Claims;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Cases;

/// <summary>
/// The one way an act on a case happens: load it within the staff member's scope, check the stamp of the page
/// the act came from, let the domain decide, then save the change and its audit event in one transaction. When
/// the act closes the case, its manifest is frozen and its hash enters the transparency log in the same save.
/// </summary>
public sealed class CaseActs(PortalDbContext db, StaffCases cases, LegalClock clock)
{
    public const string StaleMessage = "该案件在您打开页面后已被他人修改，本次操作未执行。请核对最新内容后重试。";

    public async Task<CaseOutcome> RunAsync(long id, string? stamp, ClaimsPrincipal user, string action,
        Func<EnforcementCase, Task<List<CaseProblem>>> apply, Func<EnforcementCase, string> done, CancellationToken cancellationToken)
    {
        if (await cases.FindAsync(id, user, write: true, cancellationToken) is not { } c)
        {
            return CaseOutcome.NotFound;
        }

        if (!int.TryParse(stamp, out var seen) || seen != c.Stamp)
        {
            return new CaseOutcome(true, [new("", StaleMessage)]);
        }

        var wasOpen = !c.IsClosed;
        if (await apply(c) is [_, ..] problems)
        {
            db.ChangeTracker.Clear();
            return new CaseOutcome(true, problems);
        }

        c.Stamp++;
        (c.UpdatedAtUtc, c.UpdatedBy) = (clock.UtcNow, user.Identity!.Name!);
        var message = done(c);
        if (wasOpen && c.IsClosed)
        {
            var manifest = CaseManifest.Bytes(c, await cases.DecisionOfAsync(c.Id, cancellationToken));
            c.Freeze(manifest);
            LogClosed(db, c, null);
            message += $" 案件已结案，案卷清单的 SHA-256（{c.ManifestSha256[..16]}…）已记入公开透明日志。";
        }

        db.Audit.Act(action, $"{c.Number}：{message}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new CaseOutcome(true, [], message);
        }
        catch (DbUpdateException)
        {
            // A colleague's save came first (the stamp, or the same stage entered twice at once).
            db.ChangeTracker.Clear();
            db.Audit.Clear();
            return new CaseOutcome(true, [new("", StaleMessage)]);
        }
    }

    /// <summary>The closing leaf: which agency closed which case, and the SHA-256 of its frozen manifest (no number, no party).</summary>
    /// <remarks>The manifest itself names the party and stays in the back office: the leaf carries no content.</remarks>
    public static void LogClosed(PortalDbContext db, EnforcementCase c, (DateTime At, DateOnly On)? when)
    {
        var hash = Convert.FromHexString(c.ManifestSha256);
        db.Audit.Log(LogActs.CaseClosed, null, leaf => TransparencyEntry.CaseAct(LogActs.CaseClosed, when?.At ?? leaf.AtUtc, when?.On ?? leaf.Date,
            c.AgencyId, c.Agency!.Name, c.Id, hash));
    }
}
