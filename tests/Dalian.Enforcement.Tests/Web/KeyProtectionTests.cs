using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Web;

/// <summary>The data-protection keys are stored encrypted to the configured certificate, and sessions still work with them.</summary>
public sealed class KeyProtectionTests
{
    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_log_in_still_works()
    {
        var root = Directory.CreateTempSubdirectory("dalian-keys-").FullName;
        var pfx = Path.Combine(root, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Dalian.Enforcement data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-pass"));
        }

        await using var factory = new PortalFactory(demo: false, new Dictionary<string, string?>
        {
            ["DataProtection:CertificateFile"] = pfx,
            ["DataProtection:CertificatePassword"] = "test-pass",
        });
        var user = await TestData.UserAsync(factory);
        var client = factory.CreateBrowserLikeClient();
        var login = await client.LoginAsync(user.UserName!, TestData.Password);
        Assert.Equal("/admin", login.Target());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode); // the cookie reads back

        var stored = await KeysAsync(factory);
        Assert.NotEmpty(stored);
        Assert.All(stored, xml => Assert.Contains("EncryptedXmlDecryptor", xml, StringComparison.Ordinal));
        Assert.All(stored, xml => Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task Without_one_the_key_s_secret_is_in_the_clear_as_the_warning_says()
    {
        await using var factory = new PortalFactory(demo: false);
        await factory.CreateBrowserLikeClient().GetAsync("/account/login"); // the antiforgery token makes the first key

        var stored = await KeysAsync(factory);
        Assert.NotEmpty(stored);
        Assert.All(stored, xml => Assert.Contains("<value>", xml, StringComparison.Ordinal));
    }

    [Fact]
    public void The_published_settings_hold_no_secret()
    {
        var files = Directory.GetFiles(AppContext.BaseDirectory, "appsettings*.json");
        Assert.Contains(files, f => Path.GetFileName(f) == "appsettings.json");
        var suspicious = new List<string>();
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            Walk(json.RootElement, Path.GetFileName(file), suspicious);
        }

        Assert.Empty(suspicious);
    }

    private static void Walk(JsonElement element, string path, List<string> suspicious)
    {
        foreach (var property in element.EnumerateObject())
        {
            var here = $"{path}:{property.Name}";
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                Walk(property.Value, here, suspicious);
            }
            else if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } value
                && (property.Name.EndsWith("Password", StringComparison.OrdinalIgnoreCase) || property.Name.EndsWith("Key", StringComparison.OrdinalIgnoreCase)
                    || property.Name.EndsWith("Secret", StringComparison.OrdinalIgnoreCase) || value.Contains("Password=", StringComparison.OrdinalIgnoreCase)))
            {
                suspicious.Add(here);
            }
        }
    }

    private static async Task<List<string>> KeysAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }
}
