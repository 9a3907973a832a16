using System.Text.Json;
using Dalian.Enforcement.Verify;

namespace Dalian.Enforcement.Tests.Transparency;

/// <summary>Runs every probe file of transparency-dev/merkle (see vectors/README.md) as one test case.</summary>
public class MerkleVectorTests
{
    // The vectors want two equal 12-byte "roots" accepted; this verifier refuses roots that are not SHA-256 sized.
    private const string RefusedOnPurpose = "consistency/additional/sizes-are-equal-one-and-proof-is-empty.json";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private static string VectorDirectory => Path.Combine(AppContext.BaseDirectory, "Transparency", "vectors");

    public static TheoryData<string> Files(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(VectorDirectory, kind), "*.json", SearchOption.AllDirectories).Order())
        {
            data.Add(Path.GetRelativePath(VectorDirectory, file).Replace('\\', '/'));
        }
        return data;
    }

    [Fact]
    public void All_vector_files_are_copied_to_the_test_output()
    {
        Assert.Equal(98, Files("inclusion").Count);
        Assert.Equal(98, Files("consistency").Count);
    }

    [Theory]
    [MemberData(nameof(Files), "inclusion")]
    public void Inclusion_probe(string file)
    {
        var probe = Read<InclusionProbe>(file);
        var verified = Rfc9162.VerifyInclusion(
            Signed(probe.LeafIdx), Signed(probe.TreeSize), probe.LeafHash, probe.Proof ?? [], probe.Root);
        Assert.True(verified == !probe.WantErr, $"{probe.Desc}: verified={verified}");
    }

    [Theory]
    [MemberData(nameof(Files), "consistency")]
    public void Consistency_probe(string file)
    {
        var probe = Read<ConsistencyProbe>(file);
        var verified = Rfc9162.VerifyConsistency(
            Signed(probe.Size1), Signed(probe.Size2), probe.Root1, probe.Root2, probe.Proof ?? []);
        var expected = !probe.WantErr && file != RefusedOnPurpose;
        Assert.True(verified == expected, $"{probe.Desc}: verified={verified}");
    }

    [Fact]
    public void The_file_refused_on_purpose_still_says_what_the_readme_says()
    {
        var probe = Read<ConsistencyProbe>(RefusedOnPurpose);
        Assert.False(probe.WantErr);
        Assert.Equal(12, probe.Root1.Length);
    }

    private static T Read<T>(string file) =>
        JsonSerializer.Deserialize<T>(File.ReadAllBytes(Path.Combine(VectorDirectory, file)), s_json)!;

    // Go's sizes are uint64; "0 - 1" wraps to 2^64-1, which as a long is -1 and must be refused the same way.
    private static long Signed(ulong value) => unchecked((long)value);

    private sealed record InclusionProbe(ulong LeafIdx, ulong TreeSize, byte[] Root, byte[] LeafHash, byte[][]? Proof, string Desc, bool WantErr);

    private sealed record ConsistencyProbe(ulong Size1, ulong Size2, byte[] Root1, byte[] Root2, byte[][]? Proof, string Desc, bool WantErr);
}
