using Dalian.Enforcement.Domain;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Reports;
using Dalian.Enforcement.Web.Features.Decisions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dalian.Enforcement.Web.Features.Reports;

/// <summary>
/// The annual report in the back office. Staff see their agency's years and work on one: live figures, the narrative, confirm,
/// publish, correct. The justice bureau sees every agency's report of a year (not started, drafted, on time, late) and records
/// receipt. Another agency's report is a 404 whatever the id.
/// </summary>
[Authorize(Roles = PortalRoles.Staff + "," + PortalRoles.Supervisor + "," + PortalRoles.Auditor)]
[Route("admin/reports")]
public sealed class ReportsAdminController(ReportPages pages, ReportActs acts, ReportFigures figures, StaffDecisions staff) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken)
    {
        var shown = year is { } y && y is >= 2000 and <= 2199 ? y : figures.Today.Year - 1;
        var scope = await staff.ReadScopeAsync(User, cancellationToken);
        var lines = (await pages.OversightAsync(shown, cancellationToken)).Where(l => scope is null || scope.Contains(l.AgencyId)).ToList();
        return View("Admin", new ReportAdminPage(shown, await figures.DueAsync(shown, cancellationToken), lines, scope is null,
            figures.Today.Year));
    }

    [HttpGet("{agencyId:int}/{year:int}")]
    public async Task<IActionResult> Work(int agencyId, int year, CancellationToken cancellationToken)
    {
        var scope = await staff.ReadScopeAsync(User, cancellationToken);
        if (scope is not null && !scope.Contains(agencyId))
        {
            return NotFound();
        }

        if (AnnualReport.YearProblem(year, await figures.FirstYearAsync(agencyId, cancellationToken), figures.Today) is { } problem)
        {
            TempData["Message"] = problem;
            return RedirectToAction(nameof(Index), new { year = figures.Today.Year - 1 });
        }

        return await pages.WorkAsync(agencyId, year, User, cancellationToken) is { } view ? View("Work", view) : NotFound();
    }

    [HttpPost("{agencyId:int}/{year:int}/open")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> Open(int agencyId, int year, CancellationToken cancellationToken) =>
        await AfterAsync(agencyId, year, await acts.OpenAsync(agencyId, year, User, cancellationToken), cancellationToken);

    [HttpPost("{agencyId:int}/{year:int}/{id:long}/narrative")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> Narrative(int agencyId, int year, long id, string? stamp, string? overview, string? problems, string? nextSteps,
        CancellationToken cancellationToken) =>
        await AfterAsync(agencyId, year, await acts.WriteAsync(id, stamp, new ReportNarrative(overview ?? "", problems ?? "", nextSteps ?? ""), User, cancellationToken),
            cancellationToken);

    [HttpPost("{agencyId:int}/{year:int}/{id:long}/confirm")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> Confirm(int agencyId, int year, long id, string? stamp, CancellationToken cancellationToken) =>
        await AfterAsync(agencyId, year, await acts.ConfirmAsync(id, stamp, User, cancellationToken), cancellationToken);

    [HttpPost("{agencyId:int}/{year:int}/{id:long}/publish")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> Publish(int agencyId, int year, long id, string? stamp, CancellationToken cancellationToken) =>
        await AfterAsync(agencyId, year, await acts.PublishAsync(id, stamp, User, cancellationToken), cancellationToken);

    [HttpPost("{agencyId:int}/{year:int}/{id:long}/correct")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> Correct(int agencyId, int year, long id, string? stamp, string? reason, CancellationToken cancellationToken) =>
        await AfterAsync(agencyId, year, await acts.CorrectAsync(id, stamp, reason, User, cancellationToken), cancellationToken);

    [HttpPost("{id:long}/receive")]
    [Authorize(Roles = PortalRoles.Supervisor)]
    public async Task<IActionResult> Receive(long id, int year, string? stamp, string? receivedOn, CancellationToken cancellationToken)
    {
        var outcome = await acts.ReceiveAsync(id, stamp, IsoDate.Parse(receivedOn), User, cancellationToken);
        if (!outcome.Found)
        {
            return NotFound();
        }

        TempData["Message"] = outcome.Succeeded ? outcome.Message : string.Join(" ", outcome.Problems.Select(p => p.Message));
        return RedirectToAction(nameof(Index), new { year });
    }

    private async Task<IActionResult> AfterAsync(int agencyId, int year, ReportOutcome outcome, CancellationToken cancellationToken)
    {
        if (!outcome.Found)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            TempData["Message"] = outcome.Message;
            return RedirectToAction(nameof(Work), new { agencyId, year });
        }

        if (Request.HasFormContentType)
        {
            foreach (var (key, value) in await Request.ReadFormAsync(cancellationToken))
            {
                ModelState.SetModelValue(key, value, value.ToString()); // what was typed comes back, nothing is lost
            }
        }

        foreach (var (field, message) in outcome.Problems)
        {
            ModelState.AddModelError(field, message);
        }

        return await pages.WorkAsync(agencyId, year, User, cancellationToken) is { } view ? View("Work", view) : NotFound();
    }
}

public sealed record ReportAdminPage(int Year, DateOnly Due, IReadOnlyList<ReportStatusLine> Lines, bool AllAgencies, int ThisYear);
