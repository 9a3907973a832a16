using System.Security.Claims;
using Dalian.Enforcement.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Dalian.Enforcement.Web.Infrastructure.Web;

public static class StaffAgency
{
    /// <summary>The agency a staff account belongs to: every staff query is scoped by it.</summary>
    public static async Task<int> AgencyIdAsync(this UserManager<PortalUser> users, ClaimsPrincipal user) =>
        (await users.GetUserAsync(user))?.AgencyId ?? throw new InvalidOperationException("A staff account must belong to an agency.");
}
