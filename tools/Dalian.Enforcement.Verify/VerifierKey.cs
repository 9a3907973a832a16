using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Dalian.Enforcement.Verify;

/// <summary>
/// An Ed25519 verifier key of c2sp.org/signed-note: <c>name+hex(key ID)+base64(0x01 || key)</c>,
/// where key ID = SHA-256(name || 0x0A || 0x01 || key)[:4] read big-endian.
/// </summary>
public sealed class VerifierKey
{
    public const byte Ed25519Type = 0x01;

    private readonly byte[] _publicKey;

    private VerifierKey(string name, byte[] publicKey)
    {
        Name = name;
        _publicKey = publicKey;
        KeyId = ComputeKeyId(name, publicKey);
    }

    public string Name { get; }

    public uint KeyId { get; }

    public ReadOnlySpan<byte> PublicKey => _publicKey;

    public static VerifierKey FromEd25519(string name, byte[] publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        if (!SignedNote.IsValidKeyName(name))
        {
            throw new FormatException($"密钥名称无效 (invalid key name \"{name}\")");
        }
        return publicKey.Length == 32
            ? new VerifierKey(name, (byte[])publicKey.Clone())
            : throw new FormatException("Ed25519 公钥须为 32 字节 (an Ed25519 public key has 32 bytes)");
    }

    /// <summary>Parses a vkey and refuses it when its key ID does not match its name and key.</summary>
    public static VerifierKey Parse(string vkey)
    {
        ArgumentNullException.ThrowIfNull(vkey);
        var parts = vkey.Trim().Split('+');
        // The base64 alphabet has '+', so only the first two pluses separate fields.
        if (parts.Length < 3 || parts[1].Length != 8 || !parts[1].All(char.IsAsciiHexDigit))
        {
            throw new FormatException($"验证密钥格式错误 (malformed verifier key \"{vkey}\")");
        }
        var material = SignedNote.DecodeBase64(string.Join('+', parts[2..]))
            ?? throw new FormatException("验证密钥的 base64 无效 (verifier key base64 is invalid)");
        if (material.Length != 33 || material[0] != Ed25519Type)
        {
            throw new FormatException("验证密钥不是 Ed25519 密钥 (verifier key is not an Ed25519 key)");
        }
        var key = FromEd25519(parts[0], material[1..]);
        var stated = uint.Parse(parts[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return key.KeyId == stated
            ? key
            : throw new FormatException($"验证密钥的密钥 ID 不符 (key ID {parts[1]} does not match, expected {key.KeyId:x8})");
    }

    /// <summary>Reads the first SubjectPublicKeyInfo PEM block (OID 1.3.101.112) of the text.</summary>
    public static VerifierKey FromPem(string pem, string name)
    {
        ArgumentNullException.ThrowIfNull(pem);
        if (!PemEncoding.TryFind(pem, out var fields) || pem[fields.Label] != "PUBLIC KEY")
        {
            throw new FormatException("找不到 PUBLIC KEY PEM 块 (no PUBLIC KEY PEM block)");
        }
        var der = Convert.FromBase64String(pem[fields.Base64Data].ToString());
        try
        {
            return PublicKeyFactory.CreateKey(der) is Ed25519PublicKeyParameters ed25519
                ? FromEd25519(name, ed25519.GetEncoded())
                : throw new FormatException("PEM 公钥不是 Ed25519 (the PEM key is not Ed25519)");
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException
            or SecurityUtilityException)
        {
            throw new FormatException($"PEM 公钥无法读取 (unreadable PEM key: {e.Message})", e);
        }
    }

    public static uint ComputeKeyId(string name, ReadOnlySpan<byte> publicKey)
    {
        ArgumentNullException.ThrowIfNull(name);
        byte[] input = [.. Encoding.UTF8.GetBytes(name), 0x0A, Ed25519Type, .. publicKey];
        return BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(input));
    }

    /// <summary>RFC 8032 Ed25519 verification; a signature of the wrong length is simply invalid.</summary>
    public bool VerifySignature(byte[] message, byte[] signature)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (signature is not { Length: 64 })
        {
            return false;
        }
        var verifier = new Ed25519Signer();
        verifier.Init(false, new Ed25519PublicKeyParameters(_publicKey));
        verifier.BlockUpdate(message, 0, message.Length);
        return verifier.VerifySignature(signature);
    }

    public override string ToString() =>
        $"{Name}+{KeyId:x8}+{Convert.ToBase64String([Ed25519Type, .. _publicKey])}";
}
