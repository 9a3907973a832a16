using System.Security.Cryptography.X509Certificates;
using Dalian.Enforcement.Web.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Dalian.Enforcement.Web.Infrastructure.Keys;

/// <summary>The "DataProtection" section: the certificate that encrypts the data-protection keys where they are stored (docs/adr/0016).</summary>
public sealed class KeyProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file with the certificate and its private key; from the deployment's secret store, never appsettings.json.</summary>
    public string? CertificateFile { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Certificates replaced by <see cref="CertificateFile"/>: keys they encrypted can still be read until those keys expire.</summary>
    public string[] PreviousCertificateFiles { get; set; } = [];

    public string? PreviousCertificatePassword { get; set; }
}

/// <summary>
/// The data-protection keys (they protect the log-in cookie, antiforgery tokens and the two-step log-in) live in the database, shared by
/// every server; with a certificate configured they are stored encrypted to it, so a copy of the database alone cannot forge a session
/// (GB/T 22239-2019 8.1.4.8 保密性).
/// </summary>
public static class KeyProtection
{
    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        var builder = services.AddDataProtection().SetApplicationName("Dalian.Enforcement").PersistKeysToDbContext<PortalDbContext>();
        if (options.CertificateFile is { Length: > 0 } file)
        {
            builder.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(file, options.CertificatePassword));
            builder.UnprotectKeysWithAnyCertificate([.. options.PreviousCertificateFiles
                .Select(f => X509CertificateLoader.LoadPkcs12FromFile(f, options.PreviousCertificatePassword))]);
        }

        return services;
    }

    /// <summary>Production without a certificate runs, but says so at every start.</summary>
    public static void WarnIfKeysUnprotected(this WebApplication app)
    {
        if (app.Environment.IsProduction() && string.IsNullOrEmpty(app.Configuration[$"{KeyProtectionOptions.Section}:{nameof(KeyProtectionOptions.CertificateFile)}"]))
        {
            app.Logger.LogWarning("DataProtection:CertificateFile is not set: the data-protection keys are stored unencrypted in the database");
        }
    }
}
