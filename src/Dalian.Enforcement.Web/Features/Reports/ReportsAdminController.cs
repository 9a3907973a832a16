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
    public async Task<IActionResult> Index(string? year, CancellationToken cancellationToken)
    {
        var thisYear = figures.Today.Year;
        var asked = int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
        var shown = asked is >= 2000 && asked <= thisYear ? asked.Value : thisYear - 1;
        var notice = year is null || asked == shown ? null : $"年度“{DecisionActs.Limit(year, 10)}”无效（应为 2000 至 {thisYear} 年），下面是 {shown} 年度的情况。";
        var scope = await staff.ReadScopeAsync(User, cancellationToken);
        var lines = (await pages.OversightAsync(shown, cancellationToken)).Where(l => scope is null || scope.Contains(l.AgencyId)).ToList();
        return View("Admin", new ReportAdminPage(shown, await figures.DueAsync(shown, cancellationToken), lines, scope is null, thisYear) { Notice = notice });
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
        await AfterAsync(agencyId, year, await acts.WriteAsync(new(id, agencyId, year), stamp, new ReportNarrative(overview ?? "", problems ?? "", nextSteps ?? ""), User, cancellationToken),
            cancellationToken);

    [HttpPost("{agencyId:int}/{year:int}/{id:long}/confirm")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> Confirm(int agencyId, int year, long id, string? stamp, CancellationToken cancellationToken) =>
        await AfterAsync(agencyId, year, await acts.ConfirmAsync(new(id, agencyId, year), stamp, User, cancellationToken), cancellationToken);

    [HttpPost("{agencyId:int}/{year:int}/{id:long}/publish")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> Publish(int agencyId, int year, long id, string? stamp, CancellationToken cancellationToken) =>
        await AfterAsync(agencyId, year, await acts.PublishAsync(new(id, agencyId, year), stamp, User, cancellationToken), cancellationToken);

    [HttpPost("{agencyId:int}/{year:int}/{id:long}/correct")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> Correct(int agencyId, int year, long id, string? stamp, string? reason, CancellationToken cancellationToken) =>
        await AfterAsync(agencyId, year, await acts.CorrectAsync(new(id, agencyId, year), stamp, reason, User, cancellationToken), cancellationToken);

    [HttpPost("{id:long}/receive")]
    [Authorize(Roles = PortalRoles.Supervisor)]
    public async Task<IActionResult> Receive(long id, int year, string? stamp, string? receivedOn, CancellationToken cancellationToken)
    {
        var outcome = await acts.ReceiveAsync(id, stamp, IsoDate.Parse(receivedOn), User, cancellationToken);
        if (!outcome.Found)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            TempData["Message"] = outcome.Message;
        }
        else
        {
            TempData["Error"] = string.Join(" ", outcome.Problems.Select(p => p.Message));
            TempData["ErrorFor"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture); // TempData keeps strings and ints, not longs
            TempData["Typed.receivedOn"] = DecisionActs.Limit(receivedOn, 10); // the date typed comes back beside its field
        }

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

        // The messages first, keyed as the fields' ids (binding has already keyed the actions' parameters in lower case), so the
        // summary links to each field; then what was typed comes back, nothing is lost.
        ModelState.Clear();
        foreach (var (field, message) in outcome.Problems)
        {
            ModelState.AddModelError(field, message);
        }

        if (Request.HasFormContentType)
        {
            foreach (var (key, value) in await Request.ReadFormAsync(cancellationToken))
            {
                ModelState.SetModelValue(key, value, value.ToString());
            }
        }

        return await pages.WorkAsync(agencyId, year, User, cancellationToken) is { } view ? View("Work", view) : NotFound();
    }
}

public sealed record ReportAdminPage(int Year, DateOnly Due, IReadOnlyList<ReportStatusLine> Lines, bool AllAgencies, int ThisYear)
{
    /// <summary>Why the year shown is not the one asked for.</summary>
    public string? Notice { get; init; }
}
