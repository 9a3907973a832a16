using System.Buffers.Binary;
using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.X509;

namespace Dalian.Enforcement.Tests.Transparency;

/// <summary>A signer written from the spec with BouncyCastle, independent of the verifier under test.</summary>
public sealed class NoteSigning(string name, byte seed = 7)
{
    private readonly Ed25519PrivateKeyParameters _key = new(Enumerable.Repeat(seed, 32).ToArray());

    public string Name { get; } = name;

    public byte[] PublicKey => _key.GeneratePublicKey().GetEncoded();

    public uint KeyId => BinaryPrimitives.ReadUInt32BigEndian(
        SHA256.HashData([.. System.Text.Encoding.UTF8.GetBytes(Name), 0x0A, 0x01, .. PublicKey]));

    public string VerifierLine => $"{Name}+{KeyId:x8}+{Convert.ToBase64String([0x01, .. PublicKey])}";

    public string Pem => PemEncoding.WriteString("PUBLIC KEY",
        SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(_key.GeneratePublicKey()).GetEncoded());

    public byte[] Signature(string text)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, _key);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        signer.BlockUpdate(bytes, 0, bytes.Length);
        return signer.GenerateSignature();
    }

    /// <summary>The signature line: em dash, space, name, space, base64(key ID || signature), newline.</summary>
    public string Line(string text, uint? keyId = null, int signatureLength = 64)
    {
        var id = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(id, keyId ?? KeyId);
        return $"\u2014 {Name} {Convert.ToBase64String([.. id, .. Signature(text)[..signatureLength]])}\n";
    }

    public string Sign(string text) => text + "\n" + Line(text);
}
