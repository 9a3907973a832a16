using System.Globalization;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Decisions;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Dalian.Enforcement.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Dalian.Enforcement.Web.Features.Audit;

/// <summary>
/// Auditors and supervisors read the audit trail, filter it, open one record's history and verify the
/// chain and the log. Staff may read the history of their own agency's records.
/// </summary>
[Authorize(Roles = PortalRoles.Auditor + "," + PortalRoles.Supervisor + "," + PortalRoles.Staff + "," + PortalRoles.LegalReviewer)]
[Route("admin/audit")]
public sealed class AuditController(AuditReader reader, LegalClock clock, StaffDecisions staff, Cases.StaffCases cases, UserManager<PortalUser> users,
    PortalDbContext db) : Controller
{
    [HttpGet("")]
    [Authorize(Roles = PortalRoles.Auditor + "," + PortalRoles.Supervisor)]
    public async Task<IActionResult> Index([FromQuery] AuditQuery query, CancellationToken cancellationToken)
    {
        var page = await reader.SearchAsync(query, cancellationToken);
        foreach (var error in page.Errors)
        {
            ModelState.AddModelError(error switch
            {
                _ when error.StartsWith("截止", StringComparison.Ordinal) => "to",
                _ when error.StartsWith("起始", StringComparison.Ordinal) => "from",
                _ when error.StartsWith("记录类型", StringComparison.Ordinal) => "entity",
                _ when error.StartsWith("记录编号", StringComparison.Ordinal) => "id",
                _ when error.StartsWith("操作人", StringComparison.Ordinal) => "actor",
                _ when error.StartsWith("操作", StringComparison.Ordinal) => "action",
                _ => string.Empty,
            }, error);
        }

        return View("Index", new AuditIndexPage(page, clock));
    }

    [HttpGet("history/{type}/{id}")]
    public async Task<IActionResult> History(string type, string id, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(PortalRoles.Auditor) && !User.IsInRole(PortalRoles.Supervisor))
        {
            var mine = type switch
            {
                "Decision" => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && await staff.FindAsync(d, User, write: false, cancellationToken) is not null,
                "Case" => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var c) && await cases.FindAsync(c, User, write: false, cancellationToken) is not null,
                "Agency" => (await users.ScopeAsync(db, User, cancellationToken)).Select(a => a.ToString(CultureInfo.InvariantCulture)).Contains(id),
                "Officer" => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var o)
                    && (await users.ScopeAsync(db, User, cancellationToken)) is var scope && db.Officers.Any(x => x.Id == o && scope.Contains(x.AgencyId)),
                "ListRevision" => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var r)
                    && (await users.ScopeAsync(db, User, cancellationToken)) is var lists && db.ListRevisions.Any(x => x.Id == r && lists.Contains(x.AgencyId)),
                "LegalReview" => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
                    && (await users.ScopeAsync(db, User, cancellationToken)) is var reviews && db.LegalReviews.Any(x => x.Id == v && reviews.Contains(x.AgencyId)),
                _ => false,
            };
            if (!mine)
            {
                return NotFound();
            }
        }

        var events = await reader.HistoryAsync(type, id, cancellationToken);
        return events.Count == 0 ? NotFound() : View("History", new AuditHistoryPage(type, id, events, clock));
    }

    [HttpGet("verify")]
    [Authorize(Roles = PortalRoles.Auditor + "," + PortalRoles.Supervisor)]
    public IActionResult Verify() => View("Verify", null);

    [HttpPost("verify")]
    [Authorize(Roles = PortalRoles.Auditor + "," + PortalRoles.Supervisor)]
    public async Task<IActionResult> RunVerify([FromServices] AuditVerifier verifier, CancellationToken cancellationToken) =>
        View("Verify", await verifier.VerifyAsync(cancellationToken));
}

public sealed record AuditIndexPage(AuditPage Page, LegalClock Clock);

public sealed record AuditHistoryPage(string Type, string Id, IReadOnlyList<Domain.Audit.AuditEvent> Events, LegalClock Clock);
