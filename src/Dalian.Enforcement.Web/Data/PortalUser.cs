using Dalian.Enforcement.Domain.Agencies;
using Microsoft.AspNetCore.Identity;

namespace Dalian.Enforcement.Web.Data;

/// <summary>A back-office account. Staff are bound to one agency; other roles may be too.</summary>
public sealed class PortalUser : IdentityUser
{
    public required string DisplayName { get; set; }

    public int? AgencyId { get; set; }

    public Agency? Agency { get; set; }

    /// <summary>The enforcement officer this account belongs to, if any: a reviewer is never a handling officer of the case.</summary>
    public int? OfficerId { get; set; }

    /// <summary>法律职业资格证书编号 of a legal reviewer, recorded by an administrator (行政处罚法 art. 58).</summary>
    public string LegalQualificationNumber { get; set; } = "";

    public DateOnly? LegalQualifiedOn { get; set; }

    /// <summary>The day the account first reviewed: before 2021-07-15 a reviewer may go on without the qualification.</summary>
    public DateOnly? ReviewingSince { get; set; }
}
