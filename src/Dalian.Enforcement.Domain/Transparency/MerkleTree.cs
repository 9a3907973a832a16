using System.Numerics;
using System.Security.Cryptography;

namespace Dalian.Enforcement.Domain.Transparency;

/// <summary>The hash of the perfect subtree of 2^Level leaves starting at leaf Index × 2^Level.</summary>
public readonly record struct NodeKey(int Level, long Index)
{
    /// <summary>One number per node, for storage: Index × 64 + Level.</summary>
    public long Packed => (Index << 6) | (uint)Level;

    public static NodeKey Unpack(long packed) => new((int)(packed & 63), packed >> 6);
}

/// <summary>
/// The Merkle tree of RFC 9162 §2.1: leaf hash SHA-256(0x00 ‖ entry), node hash SHA-256(0x01 ‖ left ‖ right),
/// split at the largest power of two smaller than the size. The tree is kept as the hashes of its perfect
/// subtrees (<see cref="NodeKey"/>), so a root, an inclusion proof or a consistency proof needs only
/// O(log n) stored hashes: every left part of the recursion is a perfect, aligned subtree.
/// </summary>
public static class MerkleTree
{
    public static byte[] EmptyRoot { get; } = SHA256.HashData([]);

    public static byte[] LeafHash(ReadOnlySpan<byte> entry)
    {
        var input = new byte[entry.Length + 1];
        entry.CopyTo(input.AsSpan(1));
        return SHA256.HashData(input);
    }

    public static byte[] NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        var input = new byte[1 + left.Length + right.Length];
        input[0] = 1;
        left.CopyTo(input.AsSpan(1));
        right.CopyTo(input.AsSpan(1 + left.Length));
        return SHA256.HashData(input);
    }

    /// <summary>The stored nodes that appending leaf <paramref name="index"/> completes (the leaf itself first).</summary>
    public static IReadOnlyList<(NodeKey Key, byte[] Hash)> NewNodes(long index, byte[] leafHash, Func<NodeKey, byte[]> stored)
    {
        var nodes = new List<(NodeKey, byte[])> { (new NodeKey(0, index), leafHash) };
        var hash = leafHash;
        for (var level = 1; ((index + 1) & ((1L << level) - 1)) == 0; level++)
        {
            var left = stored(new NodeKey(level - 1, (index >> (level - 1)) - 1));
            hash = NodeHash(left, hash);
            nodes.Add((new NodeKey(level, index >> level), hash));
        }

        return nodes;
    }

    /// <summary>The left siblings <see cref="NewNodes"/> reads for leaf <paramref name="index"/>.</summary>
    public static IEnumerable<NodeKey> NewNodeReads(long index)
    {
        for (var level = 1; ((index + 1) & ((1L << level) - 1)) == 0; level++)
        {
            yield return new NodeKey(level - 1, (index >> (level - 1)) - 1);
        }
    }

    /// <summary>MTH(D[lo:hi]).</summary>
    public static byte[] Hash(long lo, long hi, Func<NodeKey, byte[]> stored)
    {
        var n = hi - lo;
        if (n == 0)
        {
            return EmptyRoot;
        }

        if (BitOperations.IsPow2(n) && lo % n == 0)
        {
            var level = BitOperations.Log2((ulong)n);
            return stored(new NodeKey(level, lo >> level));
        }

        var k = Split(n);
        return NodeHash(Hash(lo, lo + k, stored), Hash(lo + k, hi, stored));
    }

    public static byte[] Root(long size, Func<NodeKey, byte[]> stored) => Hash(0, size, stored);

    /// <summary>PATH(m, D[n]) of RFC 9162 §2.1.3.1, from the leaf's sibling up to the root's child.</summary>
    public static List<byte[]> InclusionPath(long index, long size, Func<NodeKey, byte[]> stored)
    {
        var path = new List<byte[]>();
        Path(index, 0, size, stored, path);
        return path;
    }

    private static void Path(long m, long lo, long hi, Func<NodeKey, byte[]> stored, List<byte[]> path)
    {
        var n = hi - lo;
        if (n <= 1)
        {
            return;
        }

        var k = Split(n);
        if (m < k)
        {
            Path(m, lo, lo + k, stored, path);
            path.Add(Hash(lo + k, hi, stored));
        }
        else
        {
            Path(m - k, lo + k, hi, stored, path);
            path.Add(Hash(lo, lo + k, stored));
        }
    }

    /// <summary>PROOF(m, D[n]) of RFC 9162 §2.1.4.1: the tree of size <paramref name="first"/> is a prefix of that of size <paramref name="second"/>.</summary>
    public static List<byte[]> ConsistencyPath(long first, long second, Func<NodeKey, byte[]> stored)
    {
        var path = new List<byte[]>();
        if (first > 0 && first < second)
        {
            SubProof(first, 0, second, true, stored, path);
        }

        return path;
    }

    private static void SubProof(long m, long lo, long hi, bool complete, Func<NodeKey, byte[]> stored, List<byte[]> path)
    {
        var n = hi - lo;
        if (m == n)
        {
            if (!complete)
            {
                path.Add(Hash(lo, hi, stored));
            }

            return;
        }

        var k = Split(n);
        if (m <= k)
        {
            SubProof(m, lo, lo + k, complete, stored, path);
            path.Add(Hash(lo + k, hi, stored));
        }
        else
        {
            SubProof(m - k, lo + k, hi, false, stored, path);
            path.Add(Hash(lo, lo + k, stored));
        }
    }

    /// <summary>The stored nodes that <paramref name="compute"/> reads: run it once on placeholders, then fetch exactly these.</summary>
    public static IReadOnlyCollection<NodeKey> ReadsOf(Action<Func<NodeKey, byte[]>> compute)
    {
        var keys = new HashSet<NodeKey>();
        var placeholder = new byte[32];
        compute(key =>
        {
            keys.Add(key);
            return placeholder;
        });
        return keys;
    }

    /// <summary>The largest power of two smaller than <paramref name="n"/> (n ≥ 2).</summary>
    private static long Split(long n) => 1L << BitOperations.Log2((ulong)(n - 1));
}
