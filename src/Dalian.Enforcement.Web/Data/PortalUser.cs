using Dalian.Enforcement.Domain.Agencies;
using Microsoft.AspNetCore.Identity;

namespace Dalian.Enforcement.Web.Data;

/// <summary>A back-office account. Staff are bound to one agency; other roles may be too.</summary>
public sealed class PortalUser : IdentityUser
{
    public required string DisplayName { get; set; }

    public int? AgencyId { get; set; }

    public Agency? Agency { get; set; }
}
