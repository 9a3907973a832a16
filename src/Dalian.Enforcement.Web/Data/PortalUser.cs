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

    /// <summary>When an administrator disabled the account; a disabled account cannot log in and its sessions end within a minute.</summary>
    public DateTime? DisabledAtUtc { get; set; }

    /// <summary>Set by a reset: the password is a one-time password, to be changed at the next log-in before anything else.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>When the password was last set, for the optional expiry (<see cref="Domain.Accounts.PasswordRules.ExpiresAfterDays"/>).</summary>
    public DateTime? PasswordChangedAtUtc { get; set; }

    /// <summary>The last TOTP time step accepted: a code is accepted once (RFC 6238 §5.2).</summary>
    public long? LastAuthenticatorStep { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>A hash of an earlier password of an account, so that the last few are not used again.</summary>
public sealed class PasswordHistoryEntry
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public required string PasswordHash { get; set; }

    public DateTime ChangedAtUtc { get; set; }
}
