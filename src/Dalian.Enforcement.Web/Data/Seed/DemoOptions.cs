namespace Dalian.Enforcement.Web.Data.Seed;

/// <summary>The "Demo" section: fictional data and accounts for trying the portal. Never on in production.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    /// <summary>The password of every demo account (listed in the README).</summary>
    public string Password { get; set; } = "Dawa@2026demo";

    /// <summary>The demo accounts have their second factor enrolled with the fixed keys of <c>PortalAuthenticator.DemoKey</c> (listed in the README).</summary>
    public bool TwoFactor { get; set; } = true;

    /// <summary>The log-in's code page shows a demo account's current code (Development only), so that a newcomer needs no app.</summary>
    public bool ShowAuthenticatorCodes { get; set; }
}
