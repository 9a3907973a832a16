using Dalian.Enforcement.Verify;

namespace Dalian.Enforcement.Tests.Transparency;

/// <summary>The note text of c2sp.org/tlog-checkpoint.</summary>
public class CheckpointTests
{
    [Fact]
    public void The_c2sp_example_parses()
    {
        var checkpoint = Checkpoint.Parse("example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
        Assert.Equal("example.com/behind-the-sofa", checkpoint.Origin);
        Assert.Equal(20852163, checkpoint.Size);
        Assert.Equal(32, checkpoint.RootHash.Length);
        Assert.Empty(checkpoint.Extensions);
    }

    [Fact]
    public void Extension_lines_are_kept_apart_and_an_empty_tree_has_size_zero()
    {
        var checkpoint = Checkpoint.Parse("log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\nextra one\nextra two\n");
        Assert.Equal(0, checkpoint.Size);
        Assert.Equal(Rfc9162.EmptyRoot(), checkpoint.RootHash);
        Assert.Equal(["extra one", "extra two"], checkpoint.Extensions);
    }

    [Theory]
    [InlineData("log\n3\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")] // no final newline
    [InlineData("log\n3\n")] // no root
    [InlineData("\n3\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n")] // empty origin
    [InlineData("log\n03\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n")] // leading zero
    [InlineData("log\n-3\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n")]
    [InlineData("log\n+3\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n")]
    [InlineData("log\n 3\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n")]
    [InlineData("log\n99999999999999999999\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n")]
    [InlineData("log\n3\nZG9uJ3QgY2FyZSAy\n")] // 12-byte root
    [InlineData("log\n3\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU\n")] // unpadded
    [InlineData("log\n3\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\nextra\n")] // empty extension line
    public void Malformed_checkpoints_are_refused(string text) =>
        Assert.Throws<FormatException>(() => Checkpoint.Parse(text));
}
