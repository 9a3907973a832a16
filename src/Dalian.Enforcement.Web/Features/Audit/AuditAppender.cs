using Dalian.Enforcement.Domain.Audit;
using Dalian.Enforcement.Domain.Privacy;
using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Audit;

/// <summary>
/// Appends a save's events to the hash chain and its public acts to the transparency log, inside the
/// save's transaction. The head row's lock (an UPDATE) makes concurrent appenders, on any server, wait
/// for each other in the database, so sequence numbers and leaf indexes never repeat or fork.
/// </summary>
public static class AuditAppender
{
    /// <summary>The clock of a context made outside the portal's services (a benchmark, a tool): the system's, in the default legal zone.</summary>
    private static readonly LegalClock s_systemClock = new(TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new PortalOptions()));

    /// <summary>
    /// Takes the head row's lock (an UPDATE that changes nothing) before the save writes anything, so every
    /// appending transaction takes its locks in the same order and none can wait on another in a cycle.
    /// </summary>
    public static Task LockAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        db.AuditHeads.Where(h => h.Id == AuditHead.SingletonId).ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, h => h.Sequence), cancellationToken);

    public static async Task AppendAsync(PortalDbContext db, IReadOnlyList<RecordChange> changes, AuditScope scope, AuditContext? context,
        CancellationToken cancellationToken)
    {
        var head = await db.AuditHeads.AsNoTracking().SingleAsync(h => h.Id == AuditHead.SingletonId, cancellationToken);

        var actor = context?.Actor ?? AuditActor.System;
        var clock = context?.Clock ?? s_systemClock;
        var (now, today) = (clock.UtcNow, clock.Today);
        var (sequence, previous) = (head.Sequence, head.Hash);
        void Add(string action, string type, string id, string summary, string change, DateTime at, string actorName)
        {
            summary = summary.Length > 1000 ? summary[..1000] : summary;
            var date = at == now ? today : DateOnly.FromDateTime(clock.ToLegal(at).DateTime);
            var bytes = AuditEvent.CanonicalBytes(++sequence, at, date, actor.Id, actorName, actor.Role, actor.AgencyId, actor.Address,
                action, type, id, summary, change);
            var hash = AuditEvent.ChainHash(previous, bytes);
            db.AuditEvents.Add(new AuditEvent
            {
                Sequence = sequence,
                AtUtc = at,
                LegalDate = date,
                ActorId = actor.Id,
                ActorName = actorName,
                ActorRole = actor.Role,
                ActorAgencyId = actor.AgencyId,
                ClientAddress = actor.Address,
                Action = action,
                EntityType = type,
                EntityId = id,
                Summary = summary,
                Change = change,
                PreviousHash = previous,
                Hash = hash,
            });
            previous = hash;
        }

        foreach (var change in changes)
        {
            Add(scope.Action ?? $"{change.EntityType.ToLowerInvariant()}.{change.Verb}", change.EntityType, change.EntityId,
                PersonalDataScanner.Mask(scope.Summary ?? ""), AuditChanges.Json(change.Fields), now, actor.Name);
        }

        foreach (var e in scope.Events)
        {
            Add(e.Action, e.EntityType, e.EntityId, PersonalDataScanner.Mask(e.Summary), e.Change, e.AtUtc ?? now, e.ActorName ?? actor.Name);
        }

        var size = await AppendLeavesAsync(db, head.LogSize, [.. scope.LogEntries.Select(l => (l.Act, l.DecisionId, l.Bytes(new AuditScope.LeafContext(now, today, sequence, previous)), l.Content))], now, cancellationToken);
        await db.AuditHeads.Where(h => h.Id == AuditHead.SingletonId).ExecuteUpdateAsync(s => s
            .SetProperty(h => h.Sequence, sequence).SetProperty(h => h.Hash, previous).SetProperty(h => h.LogSize, size), cancellationToken);
    }

    private static async Task<long> AppendLeavesAsync(PortalDbContext db, long size, IReadOnlyList<(string Act, long? DecisionId, byte[] Bytes, byte[]? Content)> entries, DateTime now,
        CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return size;
        }

        var reads = Enumerable.Range(0, entries.Count).SelectMany(i => MerkleTree.NewNodeReads(size + i)).Select(k => k.Packed).Distinct().ToList();
        var known = await db.TransparencyNodes.AsNoTracking().Where(n => reads.Contains(n.Key)).ToDictionaryAsync(n => n.Key, n => n.Hash, cancellationToken);
        foreach (var (act, decisionId, bytes, content) in entries)
        {
            var leaf = MerkleTree.LeafHash(bytes);
            var entry = new TransparencyEntry
            {
                Index = size,
                AtUtc = now,
                Act = act,
                DecisionId = decisionId,
                Bytes = bytes,
                LeafHash = leaf,
                Content = content,
            };
            db.TransparencyEntries.Add(entry);
            foreach (var (key, hash) in MerkleTree.NewNodes(size, leaf, k => known[k.Packed]))
            {
                known[key.Packed] = hash;
                db.TransparencyNodes.Add(new TransparencyNode { Key = key.Packed, Hash = hash });
            }

            size++;
        }

        return size;
    }
}
