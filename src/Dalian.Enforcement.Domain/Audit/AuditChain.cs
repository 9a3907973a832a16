namespace Dalian.Enforcement.Domain.Audit;

/// <summary>What verifying the chain found: the number of events checked and, if any, the first one that does not fit.</summary>
public sealed record ChainCheck(long Checked, long? BrokenAt, string? Problem)
{
    public bool Intact => BrokenAt is null;
}

/// <summary>
/// Recomputes the audit trail's hash chain. Read the events in sequence order and feed them in
/// batches; the check stops at the first event whose sequence, previous hash or own hash is wrong.
/// </summary>
public sealed class AuditChain
{
    private byte[] _previous = AuditEvent.Genesis;
    private long _expected = 1;

    public long Checked { get; private set; }

    public ChainCheck? Failure { get; private set; }

    /// <summary>The hash of the last event checked (the chain's head so far).</summary>
    public byte[] Head => _previous;

    /// <returns>false once the chain is broken (<see cref="Failure"/> says where and how).</returns>
    public bool Add(AuditEvent e)
    {
        if (Failure is not null)
        {
            return false;
        }

        string? problem = null;
        if (e.Sequence != _expected)
        {
            problem = e.Sequence > _expected
                ? $"缺少第 {_expected} 至 {e.Sequence - 1} 号事件（可能被删除）。"
                : $"序号 {e.Sequence} 重复或顺序被打乱（应为 {_expected}）。";
        }
        else if (!e.PreviousHash.AsSpan().SequenceEqual(_previous))
        {
            problem = "记录的前一事件哈希与实际不符（前面的事件被改动、插入或调换）。";
        }
        else if (!e.ExpectedHash(_previous).AsSpan().SequenceEqual(e.Hash))
        {
            problem = "事件内容与其哈希不符（该事件被改动）。";
        }

        if (problem is not null)
        {
            Failure = new ChainCheck(Checked, Math.Min(e.Sequence, _expected), problem);
            return false;
        }

        (_previous, _expected) = (e.Hash, _expected + 1);
        Checked++;
        return true;
    }

    public ChainCheck Result() => Failure ?? new ChainCheck(Checked, null, null);

    public static ChainCheck Verify(IEnumerable<AuditEvent> events)
    {
        var chain = new AuditChain();
        foreach (var e in events)
        {
            if (!chain.Add(e))
            {
                break;
            }
        }

        return chain.Result();
    }
}
