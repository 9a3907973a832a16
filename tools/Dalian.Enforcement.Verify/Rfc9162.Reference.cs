namespace Dalian.Enforcement.Verify;

/// <summary>
/// The recursive proof definitions of RFC 9162 §2.1.3.1 and §2.1.4.1. They are slow (they hash
/// whole subtrees) and exist so tests can produce proofs that do not come from the portal.
/// </summary>
public static partial class Rfc9162
{
    /// <summary>PATH(m, D[n]) over leaf hashes.</summary>
    public static IReadOnlyList<byte[]> InclusionPath(IReadOnlyList<byte[]> leafHashes, int index)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, leafHashes.Count);
        var path = new List<byte[]>();
        Path(leafHashes, index, 0, leafHashes.Count, path);
        return path;
    }

    /// <summary>PROOF(m, D[n]) = SUBPROOF(m, D[n], true) over leaf hashes, for 0 &lt;= m &lt;= n.</summary>
    public static IReadOnlyList<byte[]> ConsistencyPath(IReadOnlyList<byte[]> leafHashes, int m)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        ArgumentOutOfRangeException.ThrowIfNegative(m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(m, leafHashes.Count);
        var proof = new List<byte[]>();
        if (m > 0)
        {
            SubProof(leafHashes, m, 0, leafHashes.Count, true, proof);
        }
        return proof;
    }

    // The recursion appends the deeper nodes first, which is the order the RFC's ':' gives.
    private static void Path(IReadOnlyList<byte[]> leaves, int m, int start, int end, List<byte[]> path)
    {
        var n = end - start;
        if (n == 1)
        {
            return;
        }
        var k = SplitPoint(n);
        if (m < k)
        {
            Path(leaves, m, start, start + k, path);
            path.Add(Mth(leaves, start + k, end));
        }
        else
        {
            Path(leaves, m - k, start + k, end, path);
            path.Add(Mth(leaves, start, start + k));
        }
    }

    private static void SubProof(IReadOnlyList<byte[]> leaves, int m, int start, int end, bool whole, List<byte[]> proof)
    {
        var n = end - start;
        if (m == n)
        {
            if (!whole)
            {
                proof.Add(Mth(leaves, start, end));
            }
            return;
        }
        var k = SplitPoint(n);
        if (m <= k)
        {
            SubProof(leaves, m, start, start + k, whole, proof);
            proof.Add(Mth(leaves, start + k, end));
        }
        else
        {
            SubProof(leaves, m - k, start + k, end, false, proof);
            proof.Add(Mth(leaves, start, start + k));
        }
    }
}
