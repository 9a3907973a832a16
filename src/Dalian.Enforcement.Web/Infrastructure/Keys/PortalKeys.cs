using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace Dalian.Enforcement.Web.Infrastructure.Keys;

/// <summary>The "Transparency" section: the log's name, its keys, and where checkpoints are written.</summary>
public sealed class TransparencyOptions
{
    public const string Section = "Transparency";

    /// <summary>The log's origin line (C2SP tlog-checkpoint), also the signing key's name.</summary>
    public string Origin { get; set; } = "dawa-enforcement.example/transparency";

    /// <summary>Checkpoints written outside the database, and (unless configured) the keys; relative to the content root.</summary>
    public string Directory { get; set; } = "transparency";

    /// <summary>The Ed25519 signing key as PKCS#8 PEM; else the file <c>SigningKeyFile</c>.</summary>
    public string? SigningKey { get; set; }

    public string? SigningKeyFile { get; set; }

    /// <summary>The HMAC key (base64, 32 bytes) that turns ID numbers into pseudonyms in the audit trail; else <c>PseudonymKeyFile</c>.</summary>
    public string? PseudonymKey { get; set; }

    public string? PseudonymKeyFile { get; set; }

    /// <summary>Make missing keys on first start: on in Development and Testing, never silently in Production.</summary>
    public bool GenerateMissingKeys { get; set; }

    /// <summary>How often a server checks whether the log has grown and signs a new checkpoint.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// The portal's own keys: the Ed25519 key that signs checkpoints, and the audit trail's pseudonym key.
/// Read from configuration or key files; generated on first start only where allowed. See README.
/// </summary>
public sealed class PortalKeys
{
    private readonly Key _signing;

    public PortalKeys(TransparencyOptions options, string contentRoot)
    {
        var directory = Path.GetFullPath(Path.Combine(contentRoot, options.Directory));
        var keyFile = Path.GetFullPath(Path.Combine(directory, options.SigningKeyFile ?? "keys/signing-key.pem"));
        var pem = options.SigningKey ?? ReadOrCreate(keyFile, options.GenerateMissingKeys, () =>
            Encoding.ASCII.GetString(Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters
            {
                ExportPolicy = KeyExportPolicies.AllowPlaintextExport,
            }).Export(KeyBlobFormat.PkixPrivateKeyText)));
        _signing = Key.Import(SignatureAlgorithm.Ed25519, Encoding.ASCII.GetBytes(pem.Trim() + "\n"), KeyBlobFormat.PkixPrivateKeyText);

        var pseudonymFile = Path.GetFullPath(Path.Combine(directory, options.PseudonymKeyFile ?? "keys/pseudonym.key"));
        PseudonymKey = Convert.FromBase64String((options.PseudonymKey ?? ReadOrCreate(pseudonymFile, options.GenerateMissingKeys,
            () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))).Trim());
        Origin = options.Origin;
        CheckpointDirectory = Path.Combine(directory, "checkpoints");
        PublicKey = _signing.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        PublicKeyPem = Encoding.ASCII.GetString(_signing.PublicKey.Export(KeyBlobFormat.PkixPublicKeyText)).ReplaceLineEndings("\n");
    }

    public string Origin { get; }

    public string CheckpointDirectory { get; }

    public byte[] PseudonymKey { get; }

    public byte[] PublicKey { get; }

    public string PublicKeyPem { get; }

    /// <summary>C2SP signed-note key id: the first 4 bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key).</summary>
    public byte[] KeyHash => SHA256.HashData([.. Encoding.UTF8.GetBytes(Origin), 0x0A, 0x01, .. PublicKey])[..4];

    /// <summary>The note verifier key: name+hex key id+base64(0x01 ‖ public key).</summary>
    public string VerifierKey => $"{Origin}+{Convert.ToHexStringLower(KeyHash)}+{Convert.ToBase64String([0x01, .. PublicKey])}";

    /// <summary>Signs <paramref name="text"/> as a C2SP signed note: the text, a blank line, one signature line.</summary>
    public string SignNote(string text)
    {
        var signature = SignatureAlgorithm.Ed25519.Sign(_signing, Encoding.UTF8.GetBytes(text));
        return $"{text}\n\u2014 {Origin} {Convert.ToBase64String([.. KeyHash, .. signature])}\n";
    }

    /// <summary>The note's text when it carries a valid signature by this portal's key; null otherwise.</summary>
    public string? VerifyNote(string note)
    {
        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            return null;
        }

        var text = note[..(split + 1)];
        var prefix = $"\u2014 {Origin} ";
        foreach (var line in note[(split + 2)..].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!line.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var blob = new byte[68];
            if (Convert.TryFromBase64String(line[prefix.Length..], blob, out var length) && length == 68 && blob.AsSpan(0, 4).SequenceEqual(KeyHash)
                && SignatureAlgorithm.Ed25519.Verify(_signing.PublicKey, Encoding.UTF8.GetBytes(text), blob.AsSpan(4)))
            {
                return text;
            }
        }

        return null;
    }

    private static string ReadOrCreate(string path, bool generate, Func<string> create)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        if (!generate)
        {
            throw new InvalidOperationException(
                $"缺少透明日志密钥文件 {path}。生产环境请按 README“透明日志密钥”一节生成并配置密钥 (missing key file; see README).");
        }

        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var value = create();
        File.WriteAllText(path, value);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return value;
    }
}
