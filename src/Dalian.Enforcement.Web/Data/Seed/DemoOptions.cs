namespace Dalian.Enforcement.Web.Data.Seed;

/// <summary>The "Demo" section: fictional data and accounts for trying the portal. Never on in production.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    /// <summary>The password of every demo account (listed in the README).</summary>
    public string Password { get; set; } = "Dawa@2026demo";
}
