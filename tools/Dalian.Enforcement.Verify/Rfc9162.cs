using System.Security.Cryptography;

namespace Dalian.Enforcement.Verify;

/// <summary>
/// Merkle tree hashing and proof verification of RFC 9162 §2.1, written from the RFC text
/// rather than from the portal's code, so that a bug there cannot hide behind the same bug here.
/// </summary>
public static partial class Rfc9162
{
    public const int HashSize = 32;

    /// <summary>MTH({}) = SHA-256 of the empty string.</summary>
    public static byte[] EmptyRoot() => SHA256.HashData([]);

    /// <summary>MTH({d}) = SHA-256(0x00 || d).</summary>
    public static byte[] LeafHash(byte[] entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var buffer = new byte[1 + entry.Length];
        entry.CopyTo(buffer, 1);
        return SHA256.HashData(buffer);
    }

    /// <summary>SHA-256(0x01 || left || right); any lengths, as the RFC's HASH is over bytes.</summary>
    public static byte[] NodeHash(byte[] left, byte[] right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var buffer = new byte[1 + left.Length + right.Length];
        buffer[0] = 0x01;
        left.CopyTo(buffer, 1);
        right.CopyTo(buffer, 1 + left.Length);
        return SHA256.HashData(buffer);
    }

    /// <summary>The reference MTH over leaf hashes: split at the largest power of two below n.</summary>
    public static byte[] RootFromLeaves(IReadOnlyList<byte[]> leafHashes)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        return leafHashes.Count == 0 ? EmptyRoot() : Mth(leafHashes, 0, leafHashes.Count);
    }

    /// <summary>RFC 9162 §2.1.3.2, step for step.</summary>
    public static bool VerifyInclusion(long index, long treeSize, byte[] leafHash, IReadOnlyList<byte[]> path, byte[] root)
    {
        if (index < 0 || index >= treeSize || !IsHash(leafHash) || !IsHash(root) || !AreHashes(path))
        {
            return false;
        }

        var fn = index;
        var sn = treeSize - 1;
        var r = leafHash;
        foreach (var p in path)
        {
            if (sn == 0)
            {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn)
            {
                r = NodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = NodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && CryptographicOperations.FixedTimeEquals(r, root);
    }

    /// <summary>
    /// RFC 9162 §2.1.4.2 for 0 &lt; size1 &lt; size2. The RFC leaves the edges undefined; here
    /// size1 == size2 needs an empty path and equal roots, and size1 == 0 (every log extends the
    /// empty log) needs an empty path and root1 equal to MTH({}), since there is nothing to prove.
    /// </summary>
    public static bool VerifyConsistency(long size1, long size2, byte[] root1, byte[] root2, IReadOnlyList<byte[]> path)
    {
        if (size1 < 0 || size2 < size1 || !IsHash(root1) || !IsHash(root2) || !AreHashes(path))
        {
            return false;
        }
        if (size1 == 0)
        {
            return path.Count == 0 && CryptographicOperations.FixedTimeEquals(root1, EmptyRoot())
                && (size2 > 0 || CryptographicOperations.FixedTimeEquals(root2, EmptyRoot()));
        }
        if (size1 == size2)
        {
            return path.Count == 0 && CryptographicOperations.FixedTimeEquals(root1, root2);
        }
        if (path.Count == 0)
        {
            return false;
        }

        var proof = IsPowerOfTwo(size1) ? [root1, .. path] : path.ToList();
        var fn = size1 - 1;
        var sn = size2 - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }
        var fr = proof[0];
        var sr = proof[0];
        foreach (var c in proof.Skip(1))
        {
            if (sn == 0)
            {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn)
            {
                fr = NodeHash(c, fr);
                sr = NodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = NodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0
            && CryptographicOperations.FixedTimeEquals(fr, root1)
            && CryptographicOperations.FixedTimeEquals(sr, root2);
    }

    private static bool IsHash(byte[]? hash) => hash is { Length: HashSize };

    private static bool AreHashes(IReadOnlyList<byte[]>? path) => path is not null && path.All(IsHash);

    private static bool IsPowerOfTwo(long n) => n > 0 && (n & (n - 1)) == 0;

    /// <summary>The largest power of two strictly smaller than n (n &gt; 1).</summary>
    private static int SplitPoint(int n)
    {
        var k = 1;
        while (k << 1 < n)
        {
            k <<= 1;
        }
        return k;
    }

    private static byte[] Mth(IReadOnlyList<byte[]> leaves, int start, int end)
    {
        var n = end - start;
        if (n == 1)
        {
            return leaves[start];
        }
        var k = SplitPoint(n);
        return NodeHash(Mth(leaves, start, start + k), Mth(leaves, start + k, end));
    }
}
