namespace Dalian.Enforcement.Web.Data;

/// <summary>
/// The one row that says where the audit chain and the transparency log end. Every save that appends
/// takes its row lock first (an UPDATE), so two servers appending at once queue in the database and the
/// chain never forks. It is only a cursor: verification recomputes everything from the events and leaves.
/// </summary>
public sealed class AuditHead
{
    public const int SingletonId = 1;

    public int Id { get; init; }

    /// <summary>The last event's sequence number (0 before the first).</summary>
    public long Sequence { get; set; }

    /// <summary>The last event's hash (32 zero bytes before the first).</summary>
    public byte[] Hash { get; set; } = new byte[32];

    /// <summary>How many leaves the transparency log has.</summary>
    public long LogSize { get; set; }
}
