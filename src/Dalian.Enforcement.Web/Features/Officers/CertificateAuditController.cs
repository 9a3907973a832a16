using Dalian.Enforcement.Domain;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Officers;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dalian.Enforcement.Web.Features.Officers;

/// <summary>Auditors' certificate search: "was this certificate valid on date X?", with the history that decides it.</summary>
[Authorize(Roles = PortalRoles.Auditor + "," + PortalRoles.Supervisor)]
[Route("admin/certificates")]
public sealed class CertificateAuditController(OfficerSearch search, LegalClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] OfficerQuery query, string? on, CancellationToken cancellationToken)
    {
        var parsed = IsoDate.Parse(on);
        var date = parsed ?? clock.Today;
        if (!string.IsNullOrWhiteSpace(on) && parsed is null)
        {
            ModelState.AddModelError("on", $"核验日期“{on}”不是有效的日期，格式应为 YYYY-MM-DD。");
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        var (officers, total) = query.Trimmed().IsEmpty ? ([], 0) : await search.SearchAsync(query, cancellationToken);
        return View("CertificateAudit", new CertificateAuditPage(query.Trimmed(), on, date, officers, total, await search.ChoicesAsync(cancellationToken), clock));
    }

    /// <summary>Why a certificate had its status on a date, in one sentence.</summary>
    public static string Explain(Certificate certificate, DateOnly date)
    {
        var status = certificate.StatusOn(date);
        var change = certificate.DecidingChange(date);
        return status switch
        {
            CertificateStatus.NotYetIssued => $"该日早于发证日期 {certificate.IssuedOn:yyyy-MM-dd}，证件尚未生效。",
            CertificateStatus.Expired => $"证件有效期至 {certificate.ValidUntil:yyyy-MM-dd}，该日已过期。",
            CertificateStatus.Valid when change is not null => $"自 {change.EffectiveOn:yyyy-MM-dd} 起恢复有效（{change.Reason}；{change.RecordedBy} 记录）。",
            CertificateStatus.Valid => $"在有效期 {certificate.IssuedOn:yyyy-MM-dd} 至 {certificate.ValidUntil:yyyy-MM-dd} 内，无暂扣或注销记录。",
            _ => $"自 {change!.EffectiveOn:yyyy-MM-dd} 起{Certificate.Title(status)}（{change.Reason}；{change.RecordedBy} 记录）。",
        };
    }
}

public sealed record CertificateAuditPage(
    OfficerQuery Query, string? On, DateOnly Date, IReadOnlyList<Officer> Officers, int Total, SearchChoices Choices, LegalClock Clock);
