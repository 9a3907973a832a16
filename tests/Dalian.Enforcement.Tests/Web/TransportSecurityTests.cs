using System.Net;
using Dalian.Enforcement.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Dalian.Enforcement.Tests.Web;

/// <summary>Behind TLS: HSTS, HTTPS redirection, Secure cookies, and forwarded headers believed from the configured proxy only.</summary>
public sealed class TransportSecurityTests
{
    private static PortalFactory Behind(string origin) => new(demo: false, new Dictionary<string, string?>
    {
        ["Portal:PublicOrigin"] = origin,
        ["Portal:KnownProxies:0"] = "10.0.0.1",
    });

    private static Task<HttpContext> SendAsync(PortalFactory factory, string from, string? forwardedProto, string path = "/account/login") =>
        factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            (c.Request.Scheme, c.Request.Host, c.Request.Path) = ("http", new HostString("zfgs.example.gov.cn"), path);
            c.Connection.RemoteIpAddress = IPAddress.Parse(from);
            if (forwardedProto is not null)
            {
                c.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
                c.Request.Headers["X-Forwarded-For"] = "203.0.113.9";
            }
        });

    [Fact]
    public async Task Through_the_known_proxy_over_https_the_page_carries_hsts_and_secure_cookies()
    {
        await using var factory = Behind("https://zfgs.example.gov.cn");
        var context = await SendAsync(factory, "10.0.0.1", "https");

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal("max-age=31536000", context.Response.Headers.StrictTransportSecurity.ToString());
        var cookies = context.Response.Headers.SetCookie.ToArray();
        Assert.NotEmpty(cookies); // the antiforgery cookie of the log-in form
        Assert.All(cookies, c => Assert.Contains("secure", c!, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.Contains("httponly", c!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Forwarded_headers_from_anyone_else_are_not_believed_and_plain_http_is_redirected_to_https()
    {
        await using var factory = Behind("https://zfgs.example.gov.cn");
        var context = await SendAsync(factory, "192.0.2.50", "https");

        Assert.Equal(StatusCodes.Status308PermanentRedirect, context.Response.StatusCode);
        Assert.Equal("https://zfgs.example.gov.cn/account/login", context.Response.Headers.Location.ToString());
        Assert.Equal("192.0.2.50", context.Connection.RemoteIpAddress!.ToString()); // its X-Forwarded-For was ignored
    }

    [Fact]
    public async Task Without_an_https_origin_there_is_no_hsts_and_no_redirect()
    {
        await using var factory = Behind("http://localhost:5000");
        var context = await SendAsync(factory, "10.0.0.1", forwardedProto: null);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.False(context.Response.Headers.ContainsKey("Strict-Transport-Security"));
        Assert.All(context.Response.Headers.SetCookie.ToArray(), c => Assert.DoesNotContain("secure", c!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_known_proxy_s_forwarded_address_is_the_client_s()
    {
        await using var factory = Behind("https://zfgs.example.gov.cn");
        var context = await SendAsync(factory, "10.0.0.1", "https");

        Assert.Equal("203.0.113.9", context.Connection.RemoteIpAddress!.ToString());
        Assert.Equal("https", context.Request.Scheme);
    }
}
