using System.Globalization;
using System.Text;
using Dalian.Enforcement.Domain.Audit;

namespace Dalian.Enforcement.Domain.Transparency;

/// <summary>The public acts that enter the transparency log, one leaf each.</summary>
public static class LogActs
{
    public const string Published = "decision.published";
    public const string Corrected = "decision.corrected";
    public const string Withdrawn = "decision.withdrawn";
    public const string NotDisclosed = "decision.not-disclosed";

    /// <summary>A case closed: its file's manifest is frozen, and the leaf names its SHA-256 (no number, no party).</summary>
    public const string CaseClosed = "case.closed";

    /// <summary>An annual report published, or a correction of it: the leaf carries the SHA-256 of its snapshot, which is public byte for byte.</summary>
    public const string ReportPublished = "report.published";
    public const string ReportCorrected = "report.corrected";

    /// <summary>The audit trail's head at a moment: commits the whole private chain to the public log.</summary>
    public const string AuditHead = "audit.head";
}

/// <summary>
/// One leaf of the public transparency log: its exact bytes (compact UTF-8 JSON) and leaf hash. An entry
/// holds only what is public — the act, when, which agency, which decision and its document number, and
/// the SHA-256 of the public content exactly as the page, JSON and PDF show it. See docs/adr/0012.
/// </summary>
public sealed class TransparencyEntry
{
    /// <summary>0, 1, 2, …: the leaf's place in the tree.</summary>
    public required long Index { get; init; }

    public required DateTime AtUtc { get; init; }

    public required string Act { get; init; }

    public long? DecisionId { get; init; }

    public required byte[] Bytes { get; init; }

    public required byte[] LeafHash { get; init; }

    /// <summary>The public content the act showed, byte for byte (its SHA-256 is the entry's contentSha256); null when nothing is public.</summary>
    public byte[]? Content { get; init; }

    public static byte[] DecisionAct(string act, DateTime atUtc, DateOnly legalDate, int agencyId, string agency, long decisionId,
        string documentNumber, byte[]? contentSha256) =>
        Encoding.UTF8.GetBytes(CanonicalJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("v", 1);
            json.WriteString("act", act);
            json.WriteString("at", Instant(atUtc));
            json.WriteString("date", legalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("agencyId", agencyId);
            json.WriteString("agency", agency);
            json.WriteNumber("decisionId", decisionId);
            json.WriteString("documentNumber", documentNumber);
            if (contentSha256 is not null)
            {
                json.WriteString("contentSha256", Convert.ToHexStringLower(contentSha256));
            }

            json.WriteEndObject();
        }));

    public static byte[] CaseAct(string act, DateTime atUtc, DateOnly legalDate, int agencyId, string agency, long caseId, byte[] manifestSha256) =>
        Encoding.UTF8.GetBytes(CanonicalJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("v", 1);
            json.WriteString("act", act);
            json.WriteString("at", Instant(atUtc));
            json.WriteString("date", legalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("agencyId", agencyId);
            json.WriteString("agency", agency);
            json.WriteNumber("caseId", caseId);
            json.WriteString("manifestSha256", Convert.ToHexStringLower(manifestSha256));
            json.WriteEndObject();
        }));

    public static byte[] ReportAct(string act, DateTime atUtc, DateOnly legalDate, int agencyId, string agency, int year, int version, string snapshotSha256) =>
        Encoding.UTF8.GetBytes(CanonicalJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("v", 1);
            json.WriteString("act", act);
            json.WriteString("at", Instant(atUtc));
            json.WriteString("date", legalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("agencyId", agencyId);
            json.WriteString("agency", agency);
            json.WriteNumber("year", year);
            json.WriteNumber("version", version);
            json.WriteString("contentSha256", snapshotSha256);
            json.WriteEndObject();
        }));

    public static byte[] AuditHeadAct(DateTime atUtc, DateOnly legalDate, long sequence, byte[] hash) =>
        Encoding.UTF8.GetBytes(CanonicalJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("v", 1);
            json.WriteString("act", LogActs.AuditHead);
            json.WriteString("at", Instant(atUtc));
            json.WriteString("date", legalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("sequence", sequence);
            json.WriteString("hash", Convert.ToHexStringLower(hash));
            json.WriteEndObject();
        }));

    private static string Instant(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>A signed checkpoint (C2SP tlog-checkpoint) as issued: kept in the database and written outside it.</summary>
public sealed class TransparencyCheckpoint
{
    public long Id { get; private set; }

    public required long TreeSize { get; init; }

    public required byte[] RootHash { get; init; }

    public required DateTime AtUtc { get; init; }

    /// <summary>The whole signed note, exactly as served.</summary>
    public required string Note { get; init; }

    /// <summary>The checkpoint body: origin line, tree size, base64 root hash, each ending in a newline.</summary>
    public static string Body(string origin, long treeSize, byte[] rootHash) =>
        $"{origin}\n{treeSize.ToString(CultureInfo.InvariantCulture)}\n{Convert.ToBase64String(rootHash)}\n";
}

/// <summary>A stored perfect-subtree hash of the log (<see cref="NodeKey.Packed"/>).</summary>
public sealed class TransparencyNode
{
    public required long Key { get; init; }

    public required byte[] Hash { get; init; }
}
