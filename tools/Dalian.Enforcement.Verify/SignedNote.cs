using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;

namespace Dalian.Enforcement.Verify;

/// <summary>The outcome of opening a note: the verified text, or why it was refused.</summary>
public sealed record NoteVerification(string? Text, string? Failure)
{
    public bool IsVerified => Text is not null;
}

/// <summary>
/// Opens a c2sp.org/signed-note: text ending in a newline, a blank line, then lines
/// "— name base64(key ID || signature)\n". The text, final newline included, is what is signed.
/// </summary>
public static partial class SignedNote
{
    /// <summary>Go's golang.org/x/mod/sumdb/note stops at the same count; the spec asks for at least 16.</summary>
    public const int MaxSignatures = 100;

    private const string SignaturePrefix = "\u2014 ";

    public static NoteVerification Verify(string note, VerifierKey key)
    {
        ArgumentNullException.ThrowIfNull(note);
        return Verify(Encoding.UTF8.GetBytes(note), key);
    }

    public static NoteVerification Verify(byte[] note, VerifierKey key)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(key);
        string message;
        try
        {
            message = new UTF8Encoding(false, true).GetString(note);
        }
        catch (DecoderFallbackException)
        {
            return Refuse("签名文本不是有效的 UTF-8 (note is not valid UTF-8)");
        }
        if (message.Any(c => c < 0x20 && c != '\n'))
        {
            return Refuse("签名文本含有控制字符（含 CR） (note contains control characters, CR included)");
        }

        // The text may itself hold blank lines: the signatures start after the last one.
        var split = message.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            return Refuse("缺少正文与签名之间的空行 (no blank line before the signatures)");
        }
        var text = message[..(split + 1)];
        var block = message[(split + 2)..];
        if (block.Length == 0 || block[^1] != '\n')
        {
            return Refuse("签名块须以换行结尾 (signature block must end with a newline)");
        }

        var lines = block[..^1].Split('\n');
        if (lines.Length > MaxSignatures)
        {
            return Refuse($"签名超过 {MaxSignatures} 个 (more than {MaxSignatures} signatures)");
        }
        var verified = false;
        var textBytes = Encoding.UTF8.GetBytes(text);
        foreach (var line in lines)
        {
            if (!TryParseSignatureLine(line, out var name, out var keyId, out var signature))
            {
                return Refuse($"签名行格式错误 (malformed signature line \"{line}\")");
            }
            // Signatures by other keys (witnesses, a rotated key) are ignored, as the spec requires.
            if (name != key.Name || keyId != key.KeyId)
            {
                continue;
            }
            if (!key.VerifySignature(textBytes, signature))
            {
                return Refuse($"密钥 {key.Name}+{key.KeyId:x8} 的签名无效 (invalid signature)");
            }
            verified = true;
        }
        return verified
            ? new NoteVerification(text, null)
            : Refuse($"没有受信任密钥 {key.Name}+{key.KeyId:x8} 的签名 (no signature by the trusted key)");
    }

    /// <summary>Non-empty, no Unicode white space, no '+'.</summary>
    public static bool IsValidKeyName(string? name) =>
        !string.IsNullOrEmpty(name) && !name.Any(c => char.IsWhiteSpace(c) || c == '+');

    /// <summary>Strict standard base64 (RFC 4648 §4): padded, no white space, which .NET would otherwise skip.</summary>
    public static byte[]? DecodeBase64(string value)
    {
        if (value.Length % 4 != 0 || !StrictBase64().IsMatch(value))
        {
            return null;
        }
        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool TryParseSignatureLine(string line, out string name, out uint keyId, out byte[] signature)
    {
        name = "";
        keyId = 0;
        signature = [];
        if (!line.StartsWith(SignaturePrefix, StringComparison.Ordinal))
        {
            return false;
        }
        var rest = line[SignaturePrefix.Length..];
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return false;
        }
        name = rest[..space];
        var raw = DecodeBase64(rest[(space + 1)..]);
        if (!IsValidKeyName(name) || raw is not { Length: >= 5 })
        {
            return false;
        }
        keyId = BinaryPrimitives.ReadUInt32BigEndian(raw);
        signature = raw[4..];
        return true;
    }

    private static NoteVerification Refuse(string reason) => new(null, reason);

    [GeneratedRegex("^[A-Za-z0-9+/]*={0,2}$")]
    private static partial Regex StrictBase64();
}
