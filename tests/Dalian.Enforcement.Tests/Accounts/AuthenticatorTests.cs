using Dalian.Enforcement.Web.Features.Account;

namespace Dalian.Enforcement.Tests.Accounts;

public sealed class AuthenticatorTests
{
    // RFC 6238 Appendix B, SHA-1 with the seed "12345678901234567890" (Base32 below), the last six of the eight digits.
    private const string RfcKey = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1111111111, "050471")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    [InlineData(20000000000, "353130")]
    public void Codes_are_those_of_rfc_6238(long unixSeconds, string code) =>
        Assert.Equal(code, PortalAuthenticator.CodeAt(RfcKey, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void Demo_keys_are_fixed_per_account_and_valid_base32_of_160_bits()
    {
        var key = PortalAuthenticator.DemoKey("water.staff");

        Assert.Equal(key, PortalAuthenticator.DemoKey("water.staff"));
        Assert.NotEqual(key, PortalAuthenticator.DemoKey("market.staff"));
        Assert.Equal(32, key.Length);
        Assert.Matches("^[A-Z2-7]{32}$", key);
    }

    [Fact]
    public void The_otpauth_uri_names_the_portal_and_the_account()
    {
        var uri = PortalAuthenticator.Uri("盘锦市大洼区行政执法公示平台", "water.staff", RfcKey);

        Assert.StartsWith("otpauth://totp/%E7%9B%98", uri, StringComparison.Ordinal);
        Assert.Contains(":water.staff?secret=" + RfcKey, uri, StringComparison.Ordinal);
        Assert.Contains("&digits=6&period=30", uri, StringComparison.Ordinal);
    }

    [Fact]
    public void The_qr_code_is_a_png()
    {
        var png = PortalAuthenticator.QrPng(PortalAuthenticator.Uri("平台", "a", RfcKey));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.InRange(png.Length, 200, 20_000);
    }
}
