using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Verify;

namespace Dalian.Enforcement.Tests.AuditTrail;

/// <summary>The portal's tree, built as it is stored (perfect-subtree nodes), checked by the independent verifier.</summary>
public sealed class MerkleTreeTests
{
    private static (Dictionary<long, byte[]> Nodes, List<byte[]> Leaves) Build(int size, Random random)
    {
        var nodes = new Dictionary<long, byte[]>();
        var leaves = new List<byte[]>();
        for (var i = 0; i < size; i++)
        {
            var entry = new byte[random.Next(0, 40)];
            random.NextBytes(entry);
            var leaf = MerkleTree.LeafHash(entry);
            leaves.Add(leaf);
            foreach (var (key, hash) in MerkleTree.NewNodes(i, leaf, k => nodes[k.Packed]))
            {
                nodes[key.Packed] = hash;
            }
        }

        return (nodes, leaves);
    }

    [Fact]
    public void The_eight_leaf_reference_tree_has_the_published_roots()
    {
        string[] entries = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"];
        var nodes = new Dictionary<long, byte[]>();
        for (var i = 0; i < entries.Length; i++)
        {
            foreach (var (key, hash) in MerkleTree.NewNodes(i, MerkleTree.LeafHash(Convert.FromHexString(entries[i])), k => nodes[k.Packed]))
            {
                nodes[key.Packed] = hash;
            }
        }

        Assert.Equal("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d", Hex(MerkleTree.Root(1, k => nodes[k.Packed])));
        Assert.Equal("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328", Hex(MerkleTree.Root(8, k => nodes[k.Packed])));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hex(MerkleTree.Root(0, k => nodes[k.Packed])));
        Assert.Equal("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb",
            Hex(MerkleTree.NodeHash("N123"u8, "N456"u8)));
    }

    [Fact]
    public void A_thousand_random_inclusion_proofs_verify_and_a_changed_one_does_not()
    {
        var random = new Random(9162);
        for (var trial = 0; trial < 1000; trial++)
        {
            var (nodes, leaves) = Build(random.Next(1, 300), random);
            var size = random.Next(1, leaves.Count + 1);
            var index = random.Next(size);
            var root = Rfc9162.RootFromLeaves(leaves[..size]);
            Assert.Equal(root, MerkleTree.Root(size, k => nodes[k.Packed]));
            var path = MerkleTree.InclusionPath(index, size, k => nodes[k.Packed]);
            Assert.True(Rfc9162.VerifyInclusion(index, size, leaves[index], path, root), $"index {index} of {size}");
            Assert.False(Rfc9162.VerifyInclusion(index, size, MerkleTree.LeafHash([1, 2, 3]), path, root));
            if (path.Count > 0)
            {
                path[random.Next(path.Count)] = MerkleTree.LeafHash([9]);
                Assert.False(Rfc9162.VerifyInclusion(index, size, leaves[index], path, root));
            }
        }
    }

    [Fact]
    public void A_thousand_random_consistency_proofs_verify_and_a_changed_one_does_not()
    {
        var random = new Random(6962);
        for (var trial = 0; trial < 1000; trial++)
        {
            var (nodes, leaves) = Build(random.Next(1, 300), random);
            var second = random.Next(1, leaves.Count + 1);
            var first = random.Next(1, second + 1);
            var (root1, root2) = (Rfc9162.RootFromLeaves(leaves[..first]), Rfc9162.RootFromLeaves(leaves[..second]));
            var path = MerkleTree.ConsistencyPath(first, second, k => nodes[k.Packed]);
            Assert.True(Rfc9162.VerifyConsistency(first, second, root1, root2, path), $"{first} → {second}");
            if (path.Count > 0)
            {
                path[random.Next(path.Count)] = MerkleTree.LeafHash([7]);
                Assert.False(Rfc9162.VerifyConsistency(first, second, root1, root2, path));
            }
        }
    }

    [Theory]
    [InlineData(1_000_000, 123_457)]
    [InlineData(999_999_999, 5)]
    public void A_proof_reads_a_logarithmic_number_of_stored_nodes(long size, long index)
    {
        var inclusion = MerkleTree.ReadsOf(stored => MerkleTree.InclusionPath(index, size, stored));
        var consistency = MerkleTree.ReadsOf(stored => MerkleTree.ConsistencyPath(size / 3, size, stored));
        var log2 = (int)Math.Ceiling(Math.Log2(size));
        Assert.InRange(inclusion.Count, 1, 2 * log2);
        Assert.InRange(consistency.Count, 1, 2 * log2);
    }

    [Fact]
    public void The_compact_range_gives_the_same_root_as_the_reference_at_every_size()
    {
        var (_, leaves) = Build(130, new Random(5));
        var range = new CompactRange();
        for (var i = 0; i < leaves.Count; i++)
        {
            range.Append(leaves[i]);
            Assert.Equal(Rfc9162.RootFromLeaves(leaves[..(i + 1)]), range.Root());
        }
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
