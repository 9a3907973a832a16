using System.Security.Claims;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Account;

/// <summary>An account offered as an approver, as the list shows it: "姓名（账户名）".</summary>
public sealed record Approver(string Id, string Name);

/// <summary>
/// Who may approve an act (an AV exception, a clock extension, a non-disclosure): a second person, so an active account of the
/// agencies concerned other than the actor's own, holding <c>role</c> when the act asks for one. The list the form offers
/// and the check the act makes are the same query.
/// </summary>
public static class Approvers
{
    public static Task<List<Approver>> OfAsync(PortalDbContext db, IReadOnlyCollection<int> agencies, ClaimsPrincipal user, string? role,
        CancellationToken cancellationToken)
    {
        var self = user.Identity?.Name ?? "";
        var accounts = db.Users.AsNoTracking()
            .Where(u => u.AgencyId != null && agencies.Contains(u.AgencyId.Value) && u.UserName != self && u.DisabledAtUtc == null);
        if (role is not null)
        {
            var holders = db.UserRoles.Where(r => db.Roles.Any(x => x.Id == r.RoleId && x.Name == role)).Select(r => r.UserId);
            accounts = accounts.Where(u => holders.Contains(u.Id));
        }

        return accounts.OrderBy(u => u.UserName).Select(u => new Approver(u.Id, u.DisplayName + "（" + u.UserName + "）")).ToListAsync(cancellationToken);
    }

    /// <summary>The chosen approver's name as the record keeps it, or null when <paramref name="id"/> is not one of <see cref="OfAsync"/>.</summary>
    public static async Task<string?> NameAsync(PortalDbContext db, IReadOnlyCollection<int> agencies, ClaimsPrincipal user, string? role, string? id,
        CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(id) ? null : (await OfAsync(db, agencies, user, role, cancellationToken)).FirstOrDefault(a => a.Id == id)?.Name;
}
