using System.Security.Claims;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Account;

/// <summary>
/// The session's claims, rebuilt at log-in and whenever the security stamp is checked (every minute): the account's agency, so that
/// every audit event names it without a query, and what the account must do before it reaches the back office.
/// </summary>
public sealed class PortalClaimsFactory(
    UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, IOptions<PasswordRules> rules, TimeProvider time)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    /// <summary>The account has a second factor (TOTP) enrolled.</summary>
    public const string TwoFactorClaim = "dawa:two-factor";

    /// <summary>The password is a one-time password or has expired: it must be changed first.</summary>
    public const string ChangePasswordClaim = "dawa:change-password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.AgencyId is { } agency)
        {
            identity.AddClaim(new Claim(AuditActor.AgencyClaim, agency.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TwoFactorClaim, "true"));
        }

        if (user.MustChangePassword || rules.Value.HasExpired(user.PasswordChangedAtUtc, time.GetUtcNow().UtcDateTime))
        {
            identity.AddClaim(new Claim(ChangePasswordClaim, "true"));
        }

        return identity;
    }
}
