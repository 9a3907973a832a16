using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Dalian.Enforcement.Web.Infrastructure.Web;

/// <summary>
/// TLS in front of the portal (GB/T 22239-2019 8.1.4.8 通信传输; OWASP ASVS 9.1, 3.4.1): the client's address and scheme come from
/// X-Forwarded-* only when a configured proxy sent them; an https public origin turns on HSTS and HTTPS redirection; cookies are
/// Secure behind an https origin and in Production, whatever the request says.
/// </summary>
public static class TransportSecurity
{
    public static IServiceCollection AddPortalTransportSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var portal = configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear(); // the default believes loopback; only the configured proxies are believed
            o.KnownIPNetworks.Clear();
            foreach (var proxy in portal.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddHsts(o => (o.MaxAge, o.IncludeSubDomains) = (TimeSpan.FromDays(365), false));
        if (Uri.TryCreate(portal.PublicOrigin, UriKind.Absolute, out var origin) && portal.HttpsOrigin)
        {
            services.AddHttpsRedirection(o => (o.HttpsPort, o.RedirectStatusCode) = (origin.Port, StatusCodes.Status308PermanentRedirect));
        }

        var secure = portal.HttpsOrigin || environment.IsProduction();
        services.Configure<CookiePolicyOptions>(o =>
        {
            o.Secure = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always;
        });
        return services;
    }

    /// <summary>First in the pipeline: every later part (logs, rate limits, redirects) sees the client's own address and scheme.</summary>
    public static IApplicationBuilder UsePortalTransportSecurity(this WebApplication app)
    {
        var portal = app.Configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        if (portal.KnownProxies.Length > 0)
        {
            app.UseForwardedHeaders();
        }

        if (portal.HttpsOrigin)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        else if (app.Environment.IsProduction())
        {
            app.Logger.LogWarning("Portal:PublicOrigin is not https: no HSTS; cookies are Secure, so log-in needs TLS in front of the portal");
        }

        app.UseCookiePolicy();
        return app;
    }
}
