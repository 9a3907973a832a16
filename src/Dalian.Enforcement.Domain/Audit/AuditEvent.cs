using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Dalian.Enforcement.Domain.Audit;

/// <summary>
/// One event of the audit trail (全过程留痕): who did what to which record, when, and what changed.
/// Events form a hash chain: each one's hash is SHA-256(previous hash ‖ its canonical bytes), so an
/// event edited, deleted, inserted or moved breaks every hash after it. See docs/adr/0012.
/// </summary>
public sealed class AuditEvent
{
    /// <summary>The hash before the first event.</summary>
    public static readonly byte[] Genesis = new byte[32];

    /// <summary>1, 2, 3, … without gaps: the chain's order.</summary>
    public required long Sequence { get; init; }

    public required DateTime AtUtc { get; init; }

    /// <summary>The date in the legal time zone, which the law's clocks count.</summary>
    public required DateOnly LegalDate { get; init; }

    public required string ActorId { get; init; }

    public required string ActorName { get; init; }

    public required string ActorRole { get; init; }

    public int? ActorAgencyId { get; init; }

    public required string ClientAddress { get; init; }

    /// <summary>What was done, e.g. decision.publish, officer.update, account.login-failed.</summary>
    public required string Action { get; init; }

    /// <summary>The record the event is about, e.g. Decision, Officer, CalendarYear, Account.</summary>
    public required string EntityType { get; init; }

    public required string EntityId { get; init; }

    /// <summary>The act in a sentence for people, e.g. 执法人员修改：王海涛，水政监察员 (personal numbers masked).</summary>
    public required string Summary { get; init; }

    /// <summary>Canonical JSON: each field changed, from what to what (personal numbers never in clear).</summary>
    public required string Change { get; init; }

    public required byte[] PreviousHash { get; init; }

    public required byte[] Hash { get; init; }

    /// <summary>The bytes the hash covers: every field but the hashes, in a fixed order, as compact UTF-8 JSON.</summary>
    public static byte[] CanonicalBytes(long sequence, DateTime atUtc, DateOnly legalDate, string actorId, string actorName, string actorRole,
        int? actorAgencyId, string clientAddress, string action, string entityType, string entityId, string summary, string change)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, CanonicalJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("seq", sequence);
            json.WriteString("at", DateTime.SpecifyKind(atUtc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("date", legalDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("actor", actorId);
            json.WriteString("actorName", actorName);
            json.WriteString("role", actorRole);
            if (actorAgencyId is { } agency)
            {
                json.WriteNumber("agency", agency);
            }
            else
            {
                json.WriteNull("agency");
            }

            json.WriteString("ip", clientAddress);
            json.WriteString("action", action);
            json.WriteString("entity", entityType);
            json.WriteString("id", entityId);
            json.WriteString("summary", summary);
            json.WritePropertyName("change");
            json.WriteRawValue(change, skipInputValidation: false);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public byte[] CanonicalBytes() => CanonicalBytes(Sequence, AtUtc, LegalDate, ActorId, ActorName, ActorRole, ActorAgencyId, ClientAddress,
        Action, EntityType, EntityId, Summary, Change);

    public static byte[] ChainHash(byte[] previousHash, byte[] canonicalBytes) =>
        SHA256.HashData([.. previousHash, .. canonicalBytes]);

    /// <summary>The hash this event should have after <paramref name="previousHash"/>.</summary>
    public byte[] ExpectedHash(byte[] previousHash) => ChainHash(previousHash, CanonicalBytes());

    public override string ToString() => $"#{Sequence} {Action} {EntityType} {EntityId}";
}

/// <summary>Compact JSON with no escaping beyond what JSON needs, so Chinese text stays readable and the bytes are fixed.</summary>
public static class CanonicalJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
