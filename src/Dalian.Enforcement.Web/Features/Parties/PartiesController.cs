using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Decisions;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Parties;

/// <summary>
/// A party's history (the per-company page of 信用中国 and ECHO): every public decision about one organisation or individual
/// business, found by its 统一社会信用代码, newest first, with counts by category. Natural persons have no such page.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.Web.RateLimits.Public)]
public sealed class PartiesController(PortalDbContext db, DecisionSearch search, LegalClock clock) : Controller
{
    [HttpGet("/parties/{code}")]
    public async Task<IActionResult> Show(string code, string? after, CancellationToken cancellationToken)
    {
        if (DecisionSearch.PartyCode(code) is not { } party)
        {
            return NotFound();
        }

        if (party != code)
        {
            return RedirectPermanent($"/parties/{party}" + (after is null ? "" : $"?after={Uri.EscapeDataString(after)}")); // one address per party
        }

        var decisions = DecisionSearch.OfParty(DecisionSearch.Public(db.Decisions.AsNoTracking(), clock.Today), party);
        var counts = await decisions.GroupBy(d => d.Category).Select(g => new { Category = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        if (counts.Count == 0)
        {
            return NotFound();
        }

        var latest = await decisions.OrderByDescending(d => d.DecisionDate).ThenByDescending(d => d.Id)
            .Select(d => new { d.PublicPartyName, d.PartyKind }).FirstAsync(cancellationToken);
        var results = await search.SearchAsync(new DecisionQuery { Party = party, After = after }, clock.Today, cancellationToken);
        var byCategory = EnforcementCategories.All.Select(c => new CategoryCount(c, counts.FirstOrDefault(x => x.Category == c)?.Count ?? 0)).ToList();
        return View("Party", new PartyPage(party, latest.PublicPartyName, latest.PartyKind, byCategory, results, after is not null));
    }
}

public sealed record CategoryCount(EnforcementCategory Category, int Count);

public sealed record PartyPage(string Code, string Name, PartyKind Kind, IReadOnlyList<CategoryCount> Counts, DecisionResults Results, bool Paged)
{
    public int Total => Counts.Sum(c => c.Count);
}
