using System.Text;
using Dalian.Enforcement.Verify;

namespace Dalian.Enforcement.Tests.Transparency;

/// <summary>Known answers from transparency-dev/merkle (rfc6962_test.go, testonly/constants.go).</summary>
public class Rfc9162KnownAnswerTests
{
    // testonly.LeafInputs(): the eight-leaf reference tree.
    private static readonly string[] s_leafInputs =
        ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"];

    // testonly.RootHashes(), indexed by tree size.
    private static readonly string[] s_roots =
    [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    private static List<byte[]> Leaves(int size) =>
        s_leafInputs.Take(size).Select(hex => Rfc9162.LeafHash(Convert.FromHexString(hex))).ToList();

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    [Fact]
    public void Hashes_match_the_reference_implementation()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hex(Rfc9162.EmptyRoot()));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hex(Rfc9162.RootFromLeaves([])));
        Assert.Equal("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d", Hex(Rfc9162.LeafHash([])));
        Assert.Equal("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56",
            Hex(Rfc9162.LeafHash(Encoding.ASCII.GetBytes("L123456"))));
        Assert.Equal("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb",
            Hex(Rfc9162.NodeHash(Encoding.ASCII.GetBytes("N123"), Encoding.ASCII.GetBytes("N456"))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Root_of_each_prefix_of_the_reference_tree(int size) =>
        Assert.Equal(s_roots[size], Hex(Rfc9162.RootFromLeaves(Leaves(size))));

    [Fact]
    public void Every_inclusion_and_consistency_proof_of_the_reference_tree_verifies()
    {
        for (var size = 1; size <= 8; size++)
        {
            var leaves = Leaves(size);
            var root = Convert.FromHexString(s_roots[size]);
            for (var index = 0; index < size; index++)
            {
                var path = Rfc9162.InclusionPath(leaves, index);
                Assert.True(Rfc9162.VerifyInclusion(index, size, leaves[index], path, root), $"{index} in {size}");
            }
            for (var m = 0; m <= size; m++)
            {
                var proof = Rfc9162.ConsistencyPath(leaves, m);
                Assert.True(Rfc9162.VerifyConsistency(m, size, Convert.FromHexString(s_roots[m]), root, proof), $"{m} to {size}");
            }
        }
    }

    [Fact]
    public void Inclusion_path_of_leaf_0_in_8_is_the_one_in_the_vectors()
    {
        // vectors/inclusion/1/happy-path.json, in hex.
        string[] expected =
        [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ];
        Assert.Equal(expected, Rfc9162.InclusionPath(Leaves(8), 0).Select(Hex));
    }

    [Fact]
    public void Bad_input_is_refused_without_throwing()
    {
        var leaves = Leaves(8);
        var root = Convert.FromHexString(s_roots[8]);
        var path = Rfc9162.InclusionPath(leaves, 3);
        Assert.False(Rfc9162.VerifyInclusion(3, 8, leaves[3][..31], path, root));
        Assert.False(Rfc9162.VerifyInclusion(3, 8, leaves[3], path, root[..31]));
        Assert.False(Rfc9162.VerifyInclusion(3, 8, leaves[3], [.. path.SkipLast(1), path[^1][..31]], root));
        Assert.False(Rfc9162.VerifyInclusion(3, 8, leaves[3], [.. path, leaves[0]], root));
        Assert.False(Rfc9162.VerifyInclusion(3, 8, leaves[3], null!, root));
        Assert.False(Rfc9162.VerifyInclusion(-1, 8, leaves[3], path, root));
        Assert.False(Rfc9162.VerifyInclusion(8, 8, leaves[3], path, root));
        Assert.False(Rfc9162.VerifyConsistency(5, 8, null!, root, Rfc9162.ConsistencyPath(leaves, 5)));
        Assert.False(Rfc9162.VerifyConsistency(9, 8, root, root, []));
    }

    [Fact]
    public void The_empty_tree_is_extended_by_every_tree_but_proves_nothing()
    {
        var empty = Rfc9162.EmptyRoot();
        var root = Convert.FromHexString(s_roots[8]);
        Assert.True(Rfc9162.VerifyConsistency(0, 8, empty, root, []));
        Assert.True(Rfc9162.VerifyConsistency(0, 0, empty, empty, []));
        Assert.False(Rfc9162.VerifyConsistency(0, 0, empty, root, []));
        Assert.False(Rfc9162.VerifyConsistency(0, 8, root, root, []));
        Assert.False(Rfc9162.VerifyConsistency(0, 8, empty, root, [empty]));
        Assert.False(Rfc9162.VerifyConsistency(8, 8, root, empty, []));
        Assert.False(Rfc9162.VerifyConsistency(8, 8, root, root, [empty]));
    }
}
