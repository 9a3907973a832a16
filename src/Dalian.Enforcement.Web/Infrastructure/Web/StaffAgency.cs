using System.Security.Claims;
using Dalian.Enforcement.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Infrastructure.Web;

public static class StaffAgency
{
    /// <summary>The agency a staff account belongs to: every staff query is scoped by it.</summary>
    public static async Task<int> AgencyIdAsync(this UserManager<PortalUser> users, ClaimsPrincipal user) =>
        (await users.GetUserAsync(user))?.AgencyId ?? throw new InvalidOperationException("A staff account must belong to an agency.");

    /// <summary>The staff member's agency and its units: what the staff member may keep.</summary>
    public static async Task<List<int>> ScopeAsync(this UserManager<PortalUser> users, PortalDbContext db, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var agency = await users.AgencyIdAsync(user);
        return await db.Agencies.Where(a => a.Id == agency || a.ParentId == agency).Select(a => a.Id).ToListAsync(cancellationToken);
    }
}
