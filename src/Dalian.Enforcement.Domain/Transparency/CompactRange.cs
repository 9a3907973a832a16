namespace Dalian.Enforcement.Domain.Transparency;

/// <summary>
/// The tree's root as leaves stream past, in O(log n) memory: the hashes of the perfect subtrees that
/// cover the leaves so far, largest first. Used to recompute the whole log when verifying it.
/// </summary>
public sealed class CompactRange
{
    private readonly List<(int Level, byte[] Hash)> _stack = [];

    public long Size { get; private set; }

    public void Append(byte[] leafHash)
    {
        var (level, hash) = (0, leafHash);
        while (_stack.Count > 0 && _stack[^1].Level == level)
        {
            hash = MerkleTree.NodeHash(_stack[^1].Hash, hash);
            _stack.RemoveAt(_stack.Count - 1);
            level++;
        }

        _stack.Add((level, hash));
        Size++;
    }

    /// <summary>MTH of the leaves appended so far (RFC 9162 §2.1.1).</summary>
    public byte[] Root()
    {
        if (_stack.Count == 0)
        {
            return MerkleTree.EmptyRoot;
        }

        var hash = _stack[^1].Hash;
        for (var i = _stack.Count - 2; i >= 0; i--)
        {
            hash = MerkleTree.NodeHash(_stack[i].Hash, hash);
        }

        return hash;
    }
}
