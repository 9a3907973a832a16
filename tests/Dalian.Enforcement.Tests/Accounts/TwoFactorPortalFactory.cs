using Dalian.Enforcement.Tests.Support;

namespace Dalian.Enforcement.Tests.Accounts;

/// <summary>The portal as deployed: every back-office account needs a second factor; the demo accounts have theirs enrolled.</summary>
public sealed class TwoFactorPortalFactory() : PortalFactory(demo: true, new Dictionary<string, string?>
{
    ["Accounts:RequireTwoFactor"] = "true",
    ["Demo:TwoFactor"] = "true",
});
