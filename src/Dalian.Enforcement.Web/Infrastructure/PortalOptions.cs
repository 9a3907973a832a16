namespace Dalian.Enforcement.Web.Infrastructure;

/// <summary>The "Portal" section: who runs this portal and where the law's clock stands.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    public string SiteName { get; set; } = "盘锦市大洼区行政执法公示平台";

    public string District { get; set; } = "盘锦市大洼区";

    /// <summary>The legal time zone: deadlines count days in Beijing time, whatever the server's zone.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
