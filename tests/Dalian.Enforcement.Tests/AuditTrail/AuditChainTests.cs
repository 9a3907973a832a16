using Dalian.Enforcement.Domain.Audit;

namespace Dalian.Enforcement.Tests.AuditTrail;

public sealed class AuditChainTests
{
    private static List<AuditEvent> Chain(int count)
    {
        var events = new List<AuditEvent>();
        var previous = AuditEvent.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var e = Event(i, previous, $"{{\"State\":{{\"from\":\"Decided\",\"to\":\"Published{i}\"}}}}");
            events.Add(e);
            previous = e.Hash;
        }

        return events;
    }

    private static AuditEvent Event(long sequence, byte[] previous, string change, string summary = "公开", byte[]? keptHash = null)
    {
        var at = new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc).AddMinutes(sequence);
        var bytes = AuditEvent.CanonicalBytes(sequence, at, new DateOnly(2026, 12, 1), "u1", "张晓明", "Staff", 1, "127.0.0.1",
            "decision.publish", "Decision", "42", summary, change);
        return new AuditEvent
        {
            Sequence = sequence,
            AtUtc = at,
            LegalDate = new DateOnly(2026, 12, 1),
            ActorId = "u1",
            ActorName = "张晓明",
            ActorRole = "Staff",
            ActorAgencyId = 1,
            ClientAddress = "127.0.0.1",
            Action = "decision.publish",
            EntityType = "Decision",
            EntityId = "42",
            Summary = summary,
            Change = change,
            PreviousHash = previous,
            Hash = keptHash ?? AuditEvent.ChainHash(previous, bytes),
        };
    }

    [Fact]
    public void An_intact_chain_verifies_to_its_end()
    {
        var result = AuditChain.Verify(Chain(10));
        Assert.Equal((true, 10L), (result.Intact, result.Checked));
    }

    [Fact]
    public void The_hash_is_sha256_of_the_previous_hash_and_the_canonical_bytes()
    {
        var e = Chain(1)[0];
        Assert.Equal(System.Security.Cryptography.SHA256.HashData([.. new byte[32], .. e.CanonicalBytes()]), e.Hash);
        Assert.StartsWith("{\"seq\":1,\"at\":\"2026-12-01T02:01:00.0000000Z\",\"date\":\"2026-12-01\",\"actor\":\"u1\",\"actorName\":\"张晓明\"",
            System.Text.Encoding.UTF8.GetString(e.CanonicalBytes()));
    }

    [Fact]
    public void An_edited_event_is_named()
    {
        var events = Chain(10);
        var e = events[4];
        events[4] = Event(e.Sequence, e.PreviousHash, e.Change, summary: "改过的摘要", keptHash: e.Hash);
        var result = AuditChain.Verify(events);
        Assert.Equal((5L, 4L), (result.BrokenAt, result.Checked));
        Assert.Contains("被改动", result.Problem);
    }

    [Fact]
    public void A_deleted_event_is_named()
    {
        var events = Chain(10);
        events.RemoveAt(6);
        var result = AuditChain.Verify(events);
        Assert.Equal(7L, result.BrokenAt);
        Assert.Contains("缺少第 7 至 7 号事件", result.Problem);
    }

    [Fact]
    public void Two_events_swapped_or_one_inserted_are_found()
    {
        var swapped = Chain(10);
        (swapped[2], swapped[3]) = (swapped[3], swapped[2]);
        Assert.Equal(3L, AuditChain.Verify(swapped).BrokenAt);

        var inserted = Chain(10);
        inserted.Insert(3, Event(4, inserted[2].Hash, "{}"));
        Assert.Equal(4L, AuditChain.Verify(inserted).BrokenAt);
        Assert.Contains("重复", AuditChain.Verify(inserted).Problem);

        var renumbered = Chain(10);
        renumbered[3] = Event(4, renumbered[2].Hash, "{}"); // a forged event 4 in place of the real one: event 5 no longer follows
        Assert.Equal(5L, AuditChain.Verify(renumbered).BrokenAt);
    }
}
