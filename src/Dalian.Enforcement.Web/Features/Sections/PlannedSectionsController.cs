using Microsoft.AspNetCore.Mvc;

namespace Dalian.Enforcement.Web.Features.Sections;

/// <summary>
/// Sections that are not built yet answer honestly instead of with an empty list. Each feature
/// issue replaces its route here with a controller of its own.
/// </summary>
public sealed class PlannedSectionsController : Controller
{
    [HttpGet("/reports")]
    public IActionResult Show() =>
        PortalSections.Find(Request.Path.Value?.TrimEnd('/') ?? "") is { } section ? View("Planned", section) : NotFound();
}
