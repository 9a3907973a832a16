using Dalian.Enforcement.Verify;

namespace Dalian.Enforcement.Tests.Transparency;

/// <summary>
/// Proofs made by the RFC's recursive PATH and PROOF over random trees must verify, and any
/// single change must not. Seeded, so a failure names a case that can be replayed.
/// </summary>
public class RandomProofTests
{
    private const int Cases = 1000;
    private const int MaxSize = 300;

    [Fact]
    public void Random_inclusion_proofs_verify_and_tampering_is_refused()
    {
        var random = new Random(9162);
        for (var i = 0; i < Cases; i++)
        {
            var leaves = RandomLeaves(random, random.Next(1, MaxSize + 1));
            var size = leaves.Count;
            var index = random.Next(size);
            var root = Rfc9162.RootFromLeaves(leaves);
            var path = Rfc9162.InclusionPath(leaves, index);
            var context = $"case {i}: leaf {index} of {size}";

            Assert.True(Rfc9162.VerifyInclusion(index, size, leaves[index], path, root), context);
            if (path.Count > 0)
            {
                Assert.False(Rfc9162.VerifyInclusion(index, size, leaves[index], FlipOne(random, path), root), context);
            }
            if (size > 1)
            {
                var other = (index + random.Next(1, size)) % size;
                Assert.False(Rfc9162.VerifyInclusion(other, size, leaves[index], path, root), $"{context}, claimed {other}");
                Assert.False(Rfc9162.VerifyInclusion(index, size, leaves[other], path, root), $"{context}, leaf of {other}");
            }
            Assert.False(Rfc9162.VerifyInclusion(index, size, leaves[index], path, Flip(random, root)), context);
        }
    }

    [Fact]
    public void Random_consistency_proofs_verify_and_tampering_is_refused()
    {
        var random = new Random(6962);
        for (var i = 0; i < Cases; i++)
        {
            var leaves = RandomLeaves(random, random.Next(1, MaxSize + 1));
            var size2 = leaves.Count;
            var size1 = random.Next(size2 + 1);
            var root1 = Rfc9162.RootFromLeaves(leaves.Take(size1).ToList());
            var root2 = Rfc9162.RootFromLeaves(leaves);
            var proof = Rfc9162.ConsistencyPath(leaves, size1);
            var context = $"case {i}: {size1} to {size2}";

            Assert.True(Rfc9162.VerifyConsistency(size1, size2, root1, root2, proof), context);
            if (proof.Count > 0)
            {
                Assert.False(Rfc9162.VerifyConsistency(size1, size2, root1, root2, FlipOne(random, proof)), context);
            }
            Assert.False(Rfc9162.VerifyConsistency(size1, size2, Flip(random, root1), root2, proof), context);
            // From the empty tree nothing is proven, so any second root is consistent with it.
            if (size1 > 0)
            {
                Assert.False(Rfc9162.VerifyConsistency(size1, size2, root1, Flip(random, root2), proof), context);
                Assert.False(Rfc9162.VerifyConsistency(size1 - 1, size2, root1, root2, proof), $"{context}, claimed {size1 - 1}");
            }
            if (size1 < size2)
            {
                Assert.False(Rfc9162.VerifyConsistency(size1 + 1, size2, root1, root2, proof), $"{context}, claimed {size1 + 1}");
            }
        }
    }

    // Each entry starts with its position, so no two leaves are equal and a moved leaf is a different tree.
    private static List<byte[]> RandomLeaves(Random random, int size) =>
        Enumerable.Range(0, size).Select(i =>
        {
            var entry = new byte[4 + random.Next(0, 40)];
            random.NextBytes(entry);
            BitConverter.TryWriteBytes(entry, i);
            return Rfc9162.LeafHash(entry);
        }).ToList();

    private static List<byte[]> FlipOne(Random random, IReadOnlyList<byte[]> path)
    {
        var copy = path.ToList();
        var at = random.Next(copy.Count);
        copy[at] = Flip(random, copy[at]);
        return copy;
    }

    private static byte[] Flip(Random random, byte[] hash)
    {
        var copy = (byte[])hash.Clone();
        copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }
}
