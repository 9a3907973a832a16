using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Decisions;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Home;

public sealed class HomeController(PortalDbContext db, DecisionSearch search, LegalClock clock) : Controller
{
    private const int Latest = 5;

    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var agencies = await db.Agencies.AsNoTracking()
            .OrderBy(a => a.Id)
            .Select(a => new HomeAgency(a.Id, a.Name))
            .ToListAsync(cancellationToken);
        var latest = (await search.SearchAsync(new DecisionQuery(), clock.Today, cancellationToken)).Rows.Take(Latest).ToList();
        return View(new HomePage(agencies, latest));
    }
}

public sealed record HomePage(IReadOnlyList<HomeAgency> Agencies, IReadOnlyList<DecisionRow> Latest);

public sealed record HomeAgency(int Id, string Name);
