using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Keys;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Transparency;

/// <summary>
/// Reads the public transparency log: its size, roots and proofs from the stored subtree hashes
/// (O(log n) rows each), and signs checkpoints. Leaves are appended by the save that makes the act.
/// </summary>
public sealed class TransparencyLog(PortalDbContext db, PortalKeys keys, LegalClock clock, ILogger<TransparencyLog> logger)
{
    public const int MaxEntriesPerPage = 256;

    public async Task<long> SizeAsync(CancellationToken cancellationToken) =>
        await db.AuditHeads.AsNoTracking().Where(h => h.Id == AuditHead.SingletonId).Select(h => h.LogSize).SingleAsync(cancellationToken);

    public Task<byte[]> RootAsync(long size, CancellationToken cancellationToken) =>
        ComputeAsync(stored => MerkleTree.Root(size, stored), cancellationToken);

    public Task<List<byte[]>> InclusionAsync(long index, long size, CancellationToken cancellationToken) =>
        ComputeAsync(stored => MerkleTree.InclusionPath(index, size, stored), cancellationToken);

    public Task<List<byte[]>> ConsistencyAsync(long first, long second, CancellationToken cancellationToken) =>
        ComputeAsync(stored => MerkleTree.ConsistencyPath(first, second, stored), cancellationToken);

    public Task<List<TransparencyEntry>> EntriesAsync(long start, long end, CancellationToken cancellationToken) =>
        db.TransparencyEntries.AsNoTracking().Where(e => e.Index >= start && e.Index < end).OrderBy(e => e.Index).ToListAsync(cancellationToken);

    public Task<TransparencyCheckpoint?> LatestCheckpointAsync(CancellationToken cancellationToken) =>
        db.TransparencyCheckpoints.AsNoTracking().OrderByDescending(c => c.TreeSize).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The latest leaf about a decision: the act a visitor should check.</summary>
    public Task<TransparencyEntry?> LatestForDecisionAsync(long decisionId, CancellationToken cancellationToken) =>
        db.TransparencyEntries.AsNoTracking().Where(e => e.DecisionId == decisionId).OrderByDescending(e => e.Index).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Commits the audit chain's head to the log when the chain has grown, then signs a checkpoint when
    /// the log has grown. Returns the new checkpoint, or null when nothing changed.
    /// </summary>
    public async Task<TransparencyCheckpoint?> CheckpointAsync(CancellationToken cancellationToken)
    {
        var head = await db.AuditHeads.AsNoTracking().SingleAsync(h => h.Id == AuditHead.SingletonId, cancellationToken);
        var anchored = await db.TransparencyEntries.AsNoTracking().Where(e => e.Act == LogActs.AuditHead)
            .OrderByDescending(e => e.Index).Select(e => e.Bytes).FirstOrDefaultAsync(cancellationToken);
        if (head.Sequence > 0 && (anchored is null || AnchoredSequence(anchored) < head.Sequence))
        {
            db.Audit.Log(LogActs.AuditHead, null, c => TransparencyEntry.AuditHeadAct(c.AtUtc, c.Date, c.Sequence, c.ChainHash));
            await db.SaveChangesAsync(cancellationToken);
        }

        var size = await SizeAsync(cancellationToken);
        var latest = await LatestCheckpointAsync(cancellationToken);
        if (size == 0 || latest?.TreeSize >= size)
        {
            return null;
        }

        var root = await RootAsync(size, cancellationToken);
        var checkpoint = new TransparencyCheckpoint
        {
            TreeSize = size,
            RootHash = root,
            AtUtc = clock.UtcNow,
            Note = keys.SignNote(TransparencyCheckpoint.Body(keys.Origin, size, root)),
        };
        db.TransparencyCheckpoints.Add(checkpoint);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null; // another server signed this size in the same instant
        }

        WriteOutside(checkpoint);
        logger.LogInformation("Transparency checkpoint signed: size {Size}", size);
        return checkpoint;
    }

    /// <summary>A copy outside the database: a rewritten database then contradicts what was signed and kept.</summary>
    private void WriteOutside(TransparencyCheckpoint checkpoint)
    {
        Directory.CreateDirectory(keys.CheckpointDirectory);
        foreach (var name in new[] { $"{checkpoint.TreeSize:D12}.txt", "latest.txt" })
        {
            // Written aside and moved into place, so a reader never sees half a checkpoint.
            var path = Path.Combine(keys.CheckpointDirectory, name);
            File.WriteAllText(path + ".tmp", checkpoint.Note);
            File.Move(path + ".tmp", path, overwrite: true);
        }
    }

    private static long AnchoredSequence(byte[] bytes) =>
        System.Text.Json.JsonDocument.Parse(bytes).RootElement.GetProperty("sequence").GetInt64();

    private async Task<T> ComputeAsync<T>(Func<Func<NodeKey, byte[]>, T> compute, CancellationToken cancellationToken)
    {
        var keysNeeded = MerkleTree.ReadsOf(stored => compute(stored)).Select(k => k.Packed).ToList();
        var nodes = new Dictionary<long, byte[]>();
        foreach (var chunk in keysNeeded.Chunk(500))
        {
            foreach (var node in await db.TransparencyNodes.AsNoTracking().Where(n => chunk.Contains(n.Key)).ToListAsync(cancellationToken))
            {
                nodes[node.Key] = node.Hash;
            }
        }

        return compute(k => nodes.TryGetValue(k.Packed, out var hash)
            ? hash
            : throw new InvalidOperationException($"Transparency node {k} is missing: the log's stored tree is damaged."));
    }
}
