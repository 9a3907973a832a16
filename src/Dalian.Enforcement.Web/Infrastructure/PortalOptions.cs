namespace Dalian.Enforcement.Web.Infrastructure;

/// <summary>The "Portal" section: who runs this portal and where the law's clock stands.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    public string SiteName { get; set; } = "盘锦市大洼区行政执法公示平台";

    public string District { get; set; } = "盘锦市大洼区";

    /// <summary>The legal time zone: deadlines count days in Beijing time, whatever the server's zone.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Where the public reaches the portal, such as <c>https://zfgs.dawa.gov.cn</c>. When https: HSTS, HTTPS redirection, Secure cookies.</summary>
    public string? PublicOrigin { get; set; }

    /// <summary>The reverse proxies (IP addresses) whose X-Forwarded-For and X-Forwarded-Proto are believed; no one else's are.</summary>
    public string[] KnownProxies { get; set; } = [];

    public bool HttpsOrigin => Uri.TryCreate(PublicOrigin, UriKind.Absolute, out var origin) && origin.Scheme == Uri.UriSchemeHttps;
}
