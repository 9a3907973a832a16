using System.Globalization;
using Dalian.Enforcement.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Account;

/// <summary>
/// Identity's sign-in with the portal's two additions: a disabled account cannot sign in, and every session remembers when it began,
/// so that it ends after <see cref="AccountOptions.AbsoluteHours"/> however busy it is.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<PortalUser> users,
    IHttpContextAccessor context,
    IUserClaimsPrincipalFactory<PortalUser> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation,
    TimeProvider time)
    : SignInManager<PortalUser>(users, context, claims, options, logger, schemes, confirmation)
{
    private const string StartedKey = "dawa.started";

    public override async Task<bool> CanSignInAsync(PortalUser user) => user.DisabledAtUtc is null && await base.CanSignInAsync(user);

    public override Task SignInWithClaimsAsync(PortalUser user, AuthenticationProperties? authenticationProperties, IEnumerable<System.Security.Claims.Claim> additionalClaims)
    {
        authenticationProperties ??= new AuthenticationProperties();
        authenticationProperties.Items.TryAdd(StartedKey, time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)); // a refresh keeps the first
        return base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }

    /// <summary>
    /// The cookie's check on every request: a session past its absolute lifetime ends; otherwise the security stamp is checked as
    /// Identity does (every minute), which ends sessions of locked, disabled, demoted or logged-out accounts.
    /// </summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var lifetime = TimeSpan.FromHours(services.GetRequiredService<IOptions<AccountOptions>>().Value.AbsoluteHours);
        var started = context.Properties.Items.TryGetValue(StartedKey, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : (DateTimeOffset?)null;
        if (started is null || services.GetRequiredService<TimeProvider>().GetUtcNow() - started >= lifetime)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
