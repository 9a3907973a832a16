using Dalian.Enforcement.Web.Features.Transparency;
using Dalian.Enforcement.Web.Infrastructure.Keys;
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
