using System.Security.Claims;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Web.Infrastructure.Keys;
using Dalian.Enforcement.Web.Infrastructure.Time;

namespace Dalian.Enforcement.Web.Features.Audit;

/// <summary>Who acted: the account, its role and agency, and the address the request came from.</summary>
public sealed record AuditActor(string Id, string Name, string Role, int? AgencyId, string Address)
{
    public const string AgencyClaim = "portal:agency";

    /// <summary>The portal itself: background sweeps, start-up imports, the checkpoint signer.</summary>
    public static AuditActor System { get; } = new("system", "系统", "System", null, "");

    public static AuditActor From(ClaimsPrincipal user, string address) => user.Identity?.IsAuthenticated == true
        ? new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", user.Identity.Name ?? "",
            PortalRoles.All.FirstOrDefault(user.IsInRole) ?? "",
            int.TryParse(user.FindFirstValue(AgencyClaim), out var agency) ? agency : null, address)
        : new("anonymous", "", "", null, address);
}

/// <summary>
/// What the audit trail needs from the request around a save: the actor, the clock, and the key that
/// pseudonymises personal numbers. Outside a request (a background service) the actor is the system.
/// </summary>
public sealed class AuditContext(IHttpContextAccessor http, LegalClock clock, PortalKeys keys)
{
    public AuditActor Actor => http.HttpContext is { } context
        ? AuditActor.From(context.User, context.Connection.RemoteIpAddress?.ToString() ?? "")
        : AuditActor.System;

    public LegalClock Clock => clock;

    public byte[] PseudonymKey => keys.PseudonymKey;
}
