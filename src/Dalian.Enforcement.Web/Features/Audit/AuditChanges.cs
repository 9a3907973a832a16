using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dalian.Enforcement.Domain.Audit;
using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Officers;
using Dalian.Enforcement.Domain.Privacy;
using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Web.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Dalian.Enforcement.Web.Features.Audit;

/// <summary>One field of one record: from what to what.</summary>
public sealed record FieldChange(string Field, object? From, object? To);

/// <summary>The changes a save makes, grouped by the record a person thinks of (a decision with its deadline and officers).</summary>
public sealed record RecordChange(string EntityType, string EntityId, string Verb, IReadOnlyList<FieldChange> Fields);

/// <summary>
/// Reads every change from the change tracker so that no path can change the portal without a trace.
/// Values are captured before the save (original and current), ids after it. Personal numbers are never
/// written in clear: ID and phone fields become keyed pseudonyms, and any ID, mobile or card number inside
/// free text is masked.
/// </summary>
public static class AuditChanges
{
    private static readonly HashSet<Type> s_untracked =
    [
        typeof(AuditEvent), typeof(AuditHead), typeof(TransparencyEntry), typeof(TransparencyNode), typeof(TransparencyCheckpoint),
        typeof(DataProtectionKey), typeof(CalendarRevision), typeof(RegisterChange), typeof(CalendarChange),
        typeof(IdentityRole), typeof(IdentityUserToken<string>), typeof(IdentityUserLogin<string>), typeof(IdentityRoleClaim<string>),
        typeof(IdentityUserClaim<string>), typeof(PasswordHistoryEntry),
    ];

    // Bookkeeping that the event itself records (who, when), and secrets that must never enter the trail.
    private static readonly HashSet<string> s_ignored =
    [
        "Stamp", "UpdatedAtUtc", "UpdatedBy", "CreatedAtUtc", "CreatedBy", nameof(PortalUser.PasswordHash), nameof(PortalUser.SecurityStamp),
        nameof(PortalUser.ConcurrencyStamp), nameof(PortalUser.LastAuthenticatorStep), nameof(PortalUser.NormalizedUserName), nameof(PortalUser.NormalizedEmail), "Email",
        nameof(Decision.PublicPartyName), nameof(Decision.PublicLegalRepresentative), nameof(Decision.IndexedText), nameof(EnforcementCase.Manifest),
        nameof(Domain.Reviews.LegalReview.Materials), nameof(Domain.Reports.AnnualReport.Snapshot),
    ];

    private static readonly HashSet<string> s_pseudonymised = [nameof(Decision.IdNumber), nameof(PortalUser.PhoneNumber)];

    /// <summary>Captures what each tracked entry is about to change; group them with <see cref="Group"/> after the save, when the ids are known.</summary>
    public static List<Pending> Capture(ChangeTracker tracker) =>
        [.. tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !s_untracked.Contains(e.Metadata.ClrType))
            .Select(e => new Pending(e, e.State, e.Properties
                .Where(p => !p.Metadata.IsShadowProperty() || p.Metadata.IsForeignKey())
                .Where(p => !s_ignored.Contains(p.Metadata.Name) && !p.Metadata.IsPrimaryKey() || e.State == EntityState.Deleted && p.Metadata.IsPrimaryKey())
                .Where(p => e.State != EntityState.Modified || p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                .Select(p => new Captured(p.Metadata.Name, e.State == EntityState.Added ? null : p.OriginalValue, e.State == EntityState.Deleted ? null : p))
                .Where(v => !(e.State == EntityState.Added && IsEmpty(v.To?.CurrentValue) && !v.To!.IsTemporary))
                .ToList()))
            .Where(p => p.Values.Count > 0 || p.State != EntityState.Modified)];

    /// <summary>One entry's change, captured before the save.</summary>
    public sealed record Pending(EntityEntry Entry, EntityState State, List<Captured> Values);

    /// <summary>A field's value before the save, and the property whose value after the save (keys the database generated included) is the new one.</summary>
    public sealed record Captured(string Field, object? From, PropertyEntry? To);

    /// <summary>The captured changes, after the save, grouped by record.</summary>
    public static IReadOnlyList<RecordChange> Group(IReadOnlyList<Pending> pending, ChangeTracker tracker, byte[] pseudonymKey,
        IReadOnlyDictionary<long, (long Decision, string Prefix)> deadlineOwners)
    {
        var groups = new Dictionary<(string, string), (string Verb, List<FieldChange> Fields)>();
        foreach (var p in pending)
        {
            var (type, id, prefix, isRoot) = p.Entry.Entity is Deadline deadline && deadlineOwners.TryGetValue(deadline.Id, out var owner)
                ? ("Decision", owner.Decision.ToString(CultureInfo.InvariantCulture), owner.Prefix, false)
                : Root(p.Entry, tracker);
            if (!groups.TryGetValue((type, id), out var group))
            {
                group = (isRoot ? Verb(p.State) : "update", []);
                groups[(type, id)] = group;
            }
            else if (isRoot)
            {
                groups[(type, id)] = group = (Verb(p.State), group.Fields);
            }

            if (!isRoot && p.State != EntityState.Modified)
            {
                group.Fields.Add(new FieldChange(prefix.TrimEnd('.'), p.State == EntityState.Added ? null : Verb(p.State), p.State == EntityState.Added ? "create" : null));
            }

            group.Fields.AddRange(p.Values.Select(v => new FieldChange(prefix + v.Field, Clean(v.Field, v.From, pseudonymKey), Clean(v.Field, v.To?.CurrentValue, pseudonymKey))));
        }

        return [.. groups.Select(g => new RecordChange(g.Key.Item1, g.Key.Item2, g.Value.Verb, g.Value.Fields))];
    }

    /// <summary>The change as canonical JSON: {"Field":{"from":…,"to":…},…} in the order the fields changed.</summary>
    public static string Json(IEnumerable<FieldChange> fields) => CanonicalJson.Write(json =>
    {
        json.WriteStartObject();
        foreach (var field in fields)
        {
            json.WriteStartObject(field.Field);
            Write(json, "from", field.From);
            Write(json, "to", field.To);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    });

    /// <summary>
    /// The decision each changed deadline belongs to, with the prefix its fields take in that decision's event:
    /// from the decisions being saved, else from the database (a recomputation or sweep loads deadlines alone).
    /// </summary>
    public static async Task<Dictionary<long, (long Decision, string Prefix)>> DeadlineOwnersAsync(PortalDbContext db, IReadOnlyList<Pending> pending,
        CancellationToken cancellationToken)
    {
        var deadlines = pending.Select(p => p.Entry.Entity).OfType<Deadline>().Select(d => d.Id).ToHashSet();
        if (deadlines.Count == 0)
        {
            return [];
        }

        var tracked = db.ChangeTracker.Entries<Decision>().Select(e => e.Entity).Select(d => (d.Id, d.PublicationDeadlineId, d.WithdrawalDeadlineId)).ToList();
        var loose = deadlines.Except(tracked.SelectMany(d => new[] { d.PublicationDeadlineId, d.WithdrawalDeadlineId }).OfType<long>()).ToList();
        var stored = loose.Count == 0 ? [] : (await db.Decisions.AsNoTracking()
                .Where(d => loose.Contains(d.PublicationDeadlineId!.Value) || loose.Contains(d.WithdrawalDeadlineId!.Value))
                .Select(d => new { d.Id, d.PublicationDeadlineId, d.WithdrawalDeadlineId }).ToListAsync(cancellationToken))
            .Select(d => (d.Id, d.PublicationDeadlineId, d.WithdrawalDeadlineId));
        return tracked.Concat(stored)
            .SelectMany(d => new[] { (Deadline: d.PublicationDeadlineId, d.Id, Prefix: "PublicationDeadline."), (Deadline: d.WithdrawalDeadlineId, d.Id, Prefix: "WithdrawalDeadline.") })
            .Where(x => x.Deadline is { } k && deadlines.Contains(k))
            .DistinctBy(x => x.Deadline).ToDictionary(x => x.Deadline!.Value, x => (x.Id, x.Prefix));
    }

    private static (string Type, string Id, string Prefix, bool IsRoot) Root(EntityEntry entry, ChangeTracker tracker) => entry.Entity switch
    {
        DecisionOfficer o => ("Decision", Key(entry, "DecisionId"), $"Officers[{o.OfficerId}].", false),
        CaseOfficer o => ("Case", Key(entry, "CaseId"), $"Officers[{o.OfficerId}].", false),
        CaseStage s => ("Case", Key(entry, "CaseId"), $"Stages[{s.Code}].", false),
        CaseRecord r => ("Case", Key(entry, "CaseId"), $"Records[{r.Id}].", false),
        CaseExtension x => ("Case", Key(entry, "CaseId"), $"Extensions[{x.Id}].", false),
        EnforcementCase => ("Case", Key(entry, "Id"), "", true),
        Certificate c => ("Officer", Key(entry, "OfficerId"), $"Certificates[{c.Number}].", false),
        CertificateStatusChange s when tracker.Entries<Certificate>().FirstOrDefault(x => x.Entity.Id == s.CertificateId) is { } certificate
            => ("Officer", certificate.Property("OfficerId").CurrentValue?.ToString() ?? "", $"Certificates[{certificate.Entity.Number}].History[{s.EffectiveOn:yyyy-MM-dd}].", false),
        CalendarDay day => ("CalendarYear", day.ArrangementYear.ToString(CultureInfo.InvariantCulture), $"{day.Date:yyyy-MM-dd}.", false),
        CalendarYear year => ("CalendarYear", year.Year.ToString(CultureInfo.InvariantCulture), "", true),
        PortalUser user => ("Account", user.Id, "", true),
        IdentityUserRole<string> role => ("Account", role.UserId, $"Roles[{role.RoleId}].", false),
        _ => (entry.Metadata.ClrType.Name, string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue)), "", true),
    };

    private static string Key(EntityEntry entry, string property) =>
        Convert.ToString(entry.Property(property).CurrentValue, CultureInfo.InvariantCulture) ?? "";

    private static string Verb(EntityState state) => state switch
    {
        EntityState.Added => "create",
        EntityState.Deleted => "delete",
        _ => "update",
    };

    private static bool IsEmpty(object? value) => value is null or "" || value is false;

    private static object? Clean(string field, object? value, byte[] key) => value switch
    {
        string s when s_pseudonymised.Contains(field) && s.Length > 0 => Pseudonym(s, key),
        string s => PersonalDataScanner.Mask(s),
        _ => value,
    };

    /// <summary>A keyed hash: the same number always gives the same pseudonym, and nobody without the key can reverse it.</summary>
    public static string Pseudonym(string value, byte[] key) =>
        "hmac:" + Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value.Trim().ToUpperInvariant())))[..24];

    private static void Write(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case string s:
                json.WriteString(name, s);
                break;
            case bool b:
                json.WriteBoolean(name, b);
                break;
            case int or long or short or byte:
                json.WriteNumber(name, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case decimal d:
                json.WriteNumber(name, d);
                break;
            case DateOnly date:
                json.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTime time:
                json.WriteString(name, DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset offset:
                json.WriteString(name, offset.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                break;
            case Enum e:
                json.WriteString(name, e.ToString());
                break;
            case byte[]:
                json.WriteString(name, "(binary)");
                break;
            default:
                json.WriteString(name, PersonalDataScanner.Mask(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
                break;
        }
    }
}
