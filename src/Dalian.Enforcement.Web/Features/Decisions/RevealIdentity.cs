using System.Security.Claims;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Web.Data;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>
/// A supervisor or auditor reads a party's full name and ID number (least privilege: their pages show them masked). The
/// reading is an act: its audit event says who read whose, and when, and never holds the number itself.
/// </summary>
public sealed class RevealIdentity(PortalDbContext db, StaffDecisions staff)
{
    public async Task<Decision?> HandleAsync(long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await staff.FindAsync(id, user, write: false, cancellationToken) is not { } d)
        {
            return null;
        }

        db.ChangeTracker.Clear();
        db.Audit.Record("decision.reveal-identity", nameof(Decision), $"{d.Id}", $"{d.DocumentNumber}：查看当事人身份信息（{d.PublicPartyName}）", []);
        await db.SaveChangesAsync(cancellationToken);
        return d;
    }
}
