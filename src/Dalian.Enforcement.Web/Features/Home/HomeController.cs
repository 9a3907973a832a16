using Dalian.Enforcement.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Home;

public sealed class HomeController(PortalDbContext db) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var agencies = await db.Agencies.AsNoTracking()
            .OrderBy(a => a.Id)
            .Select(a => new HomeAgency(a.Id, a.Name))
            .ToListAsync(cancellationToken);
        return View(new HomePage(agencies));
    }
}

public sealed record HomePage(IReadOnlyList<HomeAgency> Agencies);

public sealed record HomeAgency(int Id, string Name);
