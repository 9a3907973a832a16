using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Admin;

/// <summary>The back office's front page: who you are, for which agency, and what you may do.</summary>
[Authorize(Roles = PortalRoles.AnyBackOffice)]
[Route("admin")]
public sealed class AdminController(UserManager<PortalUser> users, PortalDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var agency = user.AgencyId is { } id
            ? await db.Agencies.AsNoTracking().Where(a => a.Id == id).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var roles = (await users.GetRolesAsync(user)).Select(PortalRoles.Title).ToList();
        return View(new AdminHome(user.DisplayName, user.UserName!, agency, roles));
    }
}

public sealed record AdminHome(string DisplayName, string UserName, string? Agency, IReadOnlyList<string> Roles);
