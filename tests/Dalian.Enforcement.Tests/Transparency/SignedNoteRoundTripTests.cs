using Dalian.Enforcement.Verify;

namespace Dalian.Enforcement.Tests.Transparency;

public class SignedNoteRoundTripTests
{
    private const string Text = "dalian.example/transparency\n3\nrra8/idLcKFPsGel5VeCZNsPqbUa9eC6FZFY8yngbnc=\n";

    private static readonly NoteSigning s_log = new("dalian.example/transparency");

    private static VerifierKey Key => VerifierKey.Parse(s_log.VerifierLine);

    [Fact]
    public void A_note_signed_with_bouncycastle_verifies_and_parses()
    {
        var result = SignedNote.Verify(s_log.Sign(Text), Key);
        Assert.Equal(Text, result.Text);
        var checkpoint = Checkpoint.Parse(result.Text!);
        Assert.Equal("dalian.example/transparency", checkpoint.Origin);
        Assert.Equal(3, checkpoint.Size);
        Assert.Equal("aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77", Convert.ToHexStringLower(checkpoint.RootHash));
    }

    [Fact]
    public void The_pem_and_the_verifier_line_give_the_same_key()
    {
        var fromPem = VerifierKey.FromPem(s_log.Pem, s_log.Name);
        Assert.Equal(s_log.VerifierLine, fromPem.ToString());
        // An Ed25519 SubjectPublicKeyInfo is a fixed 12-byte DER prefix and the raw key.
        Assert.StartsWith("MCowBQYDK2VwAyEA", s_log.Pem.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_pem_that_is_not_ed25519_is_refused()
    {
        using var ecdsa = System.Security.Cryptography.ECDsa.Create();
        Assert.Throws<FormatException>(() => VerifierKey.FromPem(ecdsa.ExportSubjectPublicKeyInfoPem(), "x"));
        Assert.Throws<FormatException>(() => VerifierKey.FromPem("no pem here", "x"));
    }

    [Fact]
    public void A_changed_text_is_refused() =>
        Assert.False(SignedNote.Verify(s_log.Sign(Text).Replace("\n3\n", "\n4\n", StringComparison.Ordinal), Key).IsVerified);

    [Fact]
    public void A_signature_under_another_key_name_is_refused()
    {
        var renamed = new NoteSigning("dalian.example/other");
        Assert.False(SignedNote.Verify(renamed.Sign(Text), Key).IsVerified);
        Assert.False(SignedNote.Verify(s_log.Sign(Text), VerifierKey.FromEd25519("dalian.example/other", s_log.PublicKey)).IsVerified);
    }

    [Fact]
    public void A_signature_with_another_key_id_is_refused() =>
        Assert.False(SignedNote.Verify(Text + "\n" + s_log.Line(Text, s_log.KeyId ^ 1), Key).IsVerified);

    [Fact]
    public void A_truncated_signature_is_refused() =>
        Assert.False(SignedNote.Verify(Text + "\n" + s_log.Line(Text, signatureLength: 63), Key).IsVerified);

    [Fact]
    public void A_signature_by_another_private_key_under_the_same_name_is_refused()
    {
        // Same name, different key, so a different key ID: an unknown key, hence no trusted signature.
        var impostor = new NoteSigning(s_log.Name, seed: 8);
        Assert.False(SignedNote.Verify(impostor.Sign(Text), Key).IsVerified);
        // And claiming the trusted key's ID does not make its signature verify.
        Assert.False(SignedNote.Verify(Text + "\n" + impostor.Line(Text, s_log.KeyId), Key).IsVerified);
    }

    [Fact]
    public void A_cosignature_by_a_witness_is_ignored()
    {
        var witness = new NoteSigning("witness.example/w1", seed: 9);
        Assert.Equal(Text, SignedNote.Verify(Text + "\n" + witness.Line(Text) + s_log.Line(Text), Key).Text);
    }

    [Fact]
    public void A_validly_signed_text_with_a_carriage_return_is_refused() =>
        Assert.False(SignedNote.Verify(s_log.Sign(Text.Replace("\n3\n", "\r\n3\n", StringComparison.Ordinal)), Key).IsVerified);
}
