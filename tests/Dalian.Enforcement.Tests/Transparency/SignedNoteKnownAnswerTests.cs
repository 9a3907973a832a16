using Dalian.Enforcement.Verify;

namespace Dalian.Enforcement.Tests.Transparency;

/// <summary>
/// Known answers from golang.org/x/mod/sumdb/note (note_test.go) and the example in
/// c2sp.org/signed-note: keys, key IDs and signatures made by other implementations.
/// </summary>
public class SignedNoteKnownAnswerTests
{
    private const string PeterKey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private const string EnochKey = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
    private const string Text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
    private const string PeterSig = "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    private const string EnochSig = "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

    [Theory]
    [InlineData(PeterKey, "PeterNeumann", 0xc74f20a3u)]
    [InlineData(EnochKey, "EnochRoot", 0xaf0cfe78u)]
    [InlineData("example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k", "example.com/foo", 0x530d903au)]
    public void Verifier_keys_parse_and_their_key_ids_are_recomputed(string vkey, string name, uint keyId)
    {
        var key = VerifierKey.Parse(vkey);
        Assert.Equal(name, key.Name);
        Assert.Equal(keyId, key.KeyId);
        Assert.Equal(keyId, VerifierKey.ComputeKeyId(name, key.PublicKey));
        Assert.Equal(vkey, key.ToString());
    }

    [Theory]
    [InlineData("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")] // key ID off by one
    [InlineData("PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==")] // wrong length, ID adjusted
    [InlineData("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")] // unknown algorithm, ID adjusted
    [InlineData("PeterNeuman+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")] // other name
    [InlineData("PeterNeumann+c74f20a+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")] // seven hex digits
    [InlineData("Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")] // space in name
    [InlineData("PeterNeumann+c74f20a3")]
    [InlineData("")]
    public void Mangled_verifier_keys_are_refused(string vkey) =>
        Assert.Throws<FormatException>(() => VerifierKey.Parse(vkey));

    [Fact]
    public void Gos_signed_note_verifies_and_other_signatures_are_ignored()
    {
        var peter = VerifierKey.Parse(PeterKey);
        Assert.Equal(Text, SignedNote.Verify(Text + "\n" + PeterSig, peter).Text);
        Assert.Equal(Text, SignedNote.Verify(Text + "\n" + PeterSig + EnochSig, peter).Text);
        Assert.Equal(Text, SignedNote.Verify(Text + "\n" + EnochSig + PeterSig, VerifierKey.Parse(EnochKey)).Text);
        Assert.False(SignedNote.Verify(Text + "\n" + EnochSig, peter).IsVerified);
    }

    [Fact]
    public void The_c2sp_example_note_verifies()
    {
        var key = VerifierKey.Parse("example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k");
        const string note = "This is an example message.\n\n— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";
        Assert.Equal("This is an example message.\n", SignedNote.Verify(note, key).Text);
    }

    public static TheoryData<string> BadNotes() =>
    [
        // Go's badMsgs in TestOpen.
        Text,
        Text + "\n",
        Text + "\n" + PeterSig[..^1],
        "\x01" + Text + "\n" + PeterSig,
        Text + "\n" + "— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=",
        Text + "\n" + PeterSig + "Unexpected line.\n",
        // Go's invalid signature: four characters inserted into the base64.
        Text + "\n" + PeterSig[..60] + "ABCD" + PeterSig[60..],
        // A changed text, CRLF line ends, a hyphen instead of the em dash, white space inside the base64.
        Text.Replace("answer", "Answer", StringComparison.Ordinal) + "\n" + PeterSig,
        Text.Replace("\n", "\r\n", StringComparison.Ordinal) + "\n" + PeterSig,
        Text + "\n" + "-" + PeterSig[1..],
        Text + "\n" + PeterSig.Insert(30, " "),
        // A valid signature does not excuse a bad one by the same key (the spec's SHOULD; Go skips the second).
        Text + "\n" + PeterSig + PeterSig[..60] + "ABCD" + PeterSig[60..],
        Text + "\n" + string.Concat(Enumerable.Repeat(PeterSig, SignedNote.MaxSignatures + 1)),
    ];

    [Theory]
    [MemberData(nameof(BadNotes))]
    public void Malformed_or_tampered_notes_are_refused(string note)
    {
        var result = SignedNote.Verify(note, VerifierKey.Parse(PeterKey));
        Assert.False(result.IsVerified);
        Assert.False(string.IsNullOrEmpty(result.Failure));
    }

    [Fact]
    public void Invalid_utf8_is_refused()
    {
        byte[] note = [0xff, .. System.Text.Encoding.UTF8.GetBytes(Text + "\n" + PeterSig)];
        Assert.False(SignedNote.Verify(note, VerifierKey.Parse(PeterKey)).IsVerified);
    }
}
