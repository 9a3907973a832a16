using Dalian.Enforcement.Domain.Officers;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc;

namespace Dalian.Enforcement.Web.Features.Officers;

/// <summary>The public officer register (执法人员清单): search, a page per officer, and JSON.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.Web.RateLimits.Public)]
public sealed class OfficersController(OfficerSearch search, LegalClock clock) : Controller
{
    [HttpGet("/officers")]
    public async Task<IActionResult> Index([FromQuery] OfficerQuery query, CancellationToken cancellationToken)
    {
        var (officers, total) = await search.SearchAsync(query, cancellationToken);
        return View(new OfficerListPage(query.Trimmed(), officers, total, await search.ChoicesAsync(cancellationToken), clock.Today));
    }

    [HttpGet("/officers/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken) =>
        await search.FindAsync(id, cancellationToken) is { } officer
            ? View(new OfficerPage(officer, clock.Today))
            : NotFound();

    /// <summary>GET /api/v1/officers?certificate=… or ?q=… (also unit, category, region, page).</summary>
    [HttpGet("/api/v1/officers")]
    public async Task<IActionResult> Api([FromQuery] OfficerQuery query, CancellationToken cancellationToken)
    {
        var (officers, total) = await search.SearchAsync(query, cancellationToken);
        var today = clock.Today;
        return Ok(new
        {
            total,
            page = query.Trimmed().Page,
            pageSize = OfficerQuery.PageSize,
            asOf = today,
            items = officers.Select(o => new
            {
                id = o.Id,
                name = o.Name,
                unit = o.Agency!.Name,
                unitId = o.AgencyId,
                position = o.Position,
                mayEnforceToday = o.MayEnforceOn(today),
                certificates = o.Certificates.OrderByDescending(c => c.IssuedOn).Select(c => new
                {
                    number = c.Number,
                    category = c.Category,
                    region = c.Region,
                    issuedOn = c.IssuedOn,
                    validUntil = c.ValidUntil,
                    status = c.StatusOn(today).ToString().ToLowerInvariant(),
                    statusText = Certificate.Title(c.StatusOn(today)),
                    history = c.History.OrderBy(h => h.EffectiveOn).Select(h => new
                    {
                        status = h.Status.ToString().ToLowerInvariant(),
                        statusText = Certificate.Title(h.Status),
                        effectiveOn = h.EffectiveOn,
                    }),
                }),
            }),
        });
    }
}

public sealed record OfficerListPage(OfficerQuery Query, IReadOnlyList<Officer> Officers, int Total, SearchChoices Choices, DateOnly Today);

public sealed record OfficerPage(Officer Officer, DateOnly Today);
