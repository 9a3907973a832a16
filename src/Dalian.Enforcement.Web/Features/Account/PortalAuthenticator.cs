using System.Security.Cryptography;
using System.Text;
using Dalian.Enforcement.Web.Data;
using Microsoft.AspNetCore.Identity;
using OtpNet;
using QRCoder;

namespace Dalian.Enforcement.Web.Features.Account;

/// <summary>
/// TOTP (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) for Identity's authenticator support, on the portal's clock and with the
/// replay rule Identity's own provider lacks: a code is accepted once (RFC 6238 §5.2), and one step either side allows for a
/// phone's clock drift.
/// </summary>
public sealed class PortalAuthenticator(TimeProvider time) : AuthenticatorTokenProvider<PortalUser>
{
    public const string ProviderName = "PortalAuthenticator";

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = new string([.. token.Where(c => !char.IsWhiteSpace(c) && c != '-')]);
        if (string.IsNullOrEmpty(key) || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(time.GetUtcNow().UtcDateTime, code, out var step, new VerificationWindow(previous: 1, future: 1))
            || step <= (user.LastAuthenticatorStep ?? long.MinValue))
        {
            return false;
        }

        user.LastAuthenticatorStep = step;
        return (await manager.UpdateAsync(user)).Succeeded;
    }

    /// <summary>The current code for a key: what an authenticator app shows now.</summary>
    public static string CodeAt(string key, DateTimeOffset now) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(now.UtcDateTime);

    /// <summary>A demo account's fixed key, derived from its name and listed in the README, so that a newcomer can add it to an app.</summary>
    public static string DemoKey(string userName) => Base32Encoding.ToString(SHA256.HashData(Encoding.UTF8.GetBytes("dawa-demo-totp:" + userName))[..20]);

    /// <summary>The key in groups of four, as people type it into an app.</summary>
    public static string Grouped(string key) => string.Join(' ', key.Chunk(4).Select(c => new string(c)));

    /// <summary>The otpauth URI (Key Uri Format) an app reads from the QR code.</summary>
    public static string Uri(string issuer, string userName, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(userName)}?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6&period=30";

    /// <summary>The QR code of <paramref name="text"/>, drawn by the server as a PNG.</summary>
    public static byte[] QrPng(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(6);
    }
}
