using System.Security.Claims;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Transparency;
using Dalian.Enforcement.Web.Infrastructure.Keys;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Audit;

public static class AuditSetup
{
    /// <summary>The audit trail's actor and keys, the transparency log and its checkpoint signer.</summary>
    public static IServiceCollection AddPortalAudit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddOptions<TransparencyOptions>().Bind(configuration.GetSection(TransparencyOptions.Section));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TransparencyOptions>>().Value;
            var environment = sp.GetRequiredService<IHostEnvironment>();
            options.GenerateMissingKeys |= environment.IsDevelopment() || environment.IsEnvironment("Testing");
            return new PortalKeys(options, environment.ContentRootPath);
        });
        services.AddScoped<AuditContext>();
        services.AddScoped<TransparencyLog>();
        services.AddScoped<AuditReader>();
        services.AddScoped<AuditVerifier>();
        services.AddHostedService<CheckpointSigner>();
        return services;
    }
}

/// <summary>Puts the account's agency into its sign-in claims, so that every audit event names it without a query.</summary>
public sealed class PortalClaimsFactory(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.AgencyId is { } agency)
        {
            identity.AddClaim(new Claim(AuditActor.AgencyClaim, agency.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
