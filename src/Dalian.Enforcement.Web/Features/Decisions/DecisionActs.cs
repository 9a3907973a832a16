using System.Security.Claims;
using System.Security.Cryptography;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>What an act on a decision came to: done with a message, refused with a reason (and the field it belongs to), or not found.</summary>
public sealed record ActOutcome(bool Found, bool Succeeded, string Message, string? Field = null)
{
    public static ActOutcome NotFound { get; } = new(false, false, "");

    public static ActOutcome Done(string message) => new(true, true, message);

    public static ActOutcome Refused(string message, string? field = null) => new(true, false, message, field);
}

/// <summary>
/// The one way a lifecycle act happens: load the decision within the staff member's scope, check the
/// stamp of the page the act came from, let the domain decide, then save the change, its audit event
/// and (for a public act) its transparency-log leaf in one transaction. A colleague's change in
/// between refuses the act instead of overwriting it.
/// </summary>
public sealed class DecisionActs(PortalDbContext db, StaffDecisions staff, LegalClock clock)
{
    public const string StaleMessage = "该决定在您打开页面后已被他人修改，本次操作未执行。请核对最新内容后重试。";

    public async Task<ActOutcome> RunAsync(long id, int? stamp, ClaimsPrincipal user, string action,
        Func<Decision, Task<string?>> apply, Func<Decision, string> done, CancellationToken cancellationToken, string? publicAct = null)
    {
        if (await staff.FindAsync(id, user, write: true, cancellationToken) is not { } decision)
        {
            return ActOutcome.NotFound;
        }

        if (stamp is null || decision.Stamp != stamp)
        {
            return ActOutcome.Refused(StaleMessage);
        }

        if (await apply(decision) is { } refused)
        {
            return ActOutcome.Refused(refused);
        }

        decision.Stamp++;
        (decision.UpdatedAtUtc, decision.UpdatedBy) = (clock.UtcNow, user.Identity!.Name!);
        var message = done(decision);
        db.Audit.Act(action, $"{decision.DocumentNumber}：{message}");
        if (publicAct is not null)
        {
            LogPublicAct(db, decision, publicAct);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ActOutcome.Done(message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            db.Audit.Clear();
            return ActOutcome.Refused("该决定在您操作的同时已被他人修改，本次操作未执行。请核对最新内容后重试。");
        }
    }

    /// <summary>The text trimmed and cut to its column's length (the form's maxlength says the same).</summary>
    public static string Limit(string? text, int length)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length > length ? trimmed[..length] : trimmed;
    }

    /// <summary>A leaf for the transparency log: the act, the decision, and the SHA-256 of what the public now sees of it.</summary>
    public static void LogPublicAct(PortalDbContext db, Decision d, string act) => LogPublicAct(db, d, act, DecisionDisclosure.PublicBytes(d), null);

    /// <summary>The same, for an act that happened earlier (the demo's history): its content then, and its own instant and date.</summary>
    public static void LogPublicAct(PortalDbContext db, Decision d, string act, byte[]? content, (DateTime At, DateOnly On)? when)
    {
        var hash = content is null ? null : SHA256.HashData(content);
        db.Audit.Log(act, d.Id, c => TransparencyEntry.DecisionAct(act, when?.At ?? c.AtUtc, when?.On ?? c.Date, d.AgencyId, d.Agency!.Name, d.Id,
            d.DocumentNumber, hash), content);
    }
}
