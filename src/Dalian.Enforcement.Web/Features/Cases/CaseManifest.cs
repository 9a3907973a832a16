using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Web.Infrastructure.Pdf;

namespace Dalian.Enforcement.Web.Features.Cases;

/// <summary>
/// The case file (电子卷宗) as an archive receives it: a manifest naming every stage and record with its SHA-256,
/// the files themselves, and a PDF table of contents (卷宗目录). A closed case's manifest is the one frozen at
/// closing, whose hash is in the transparency log; an open case's is made from its state now.
/// </summary>
public static class CaseManifest
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static byte[] Bytes(EnforcementCase c, Decision? decision)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_options))
        {
            json.WriteStartObject();
            json.WriteNumber("v", 1);
            json.WriteStartObject("case");
            json.WriteNumber("id", c.Id);
            json.WriteString("number", c.Number);
            json.WriteString("agency", c.Agency!.Name);
            json.WriteString("agencyCreditCode", c.Agency.CreditCode);
            json.WriteString("matterCode", c.Matter!.Code);
            json.WriteString("matter", c.Matter.Name);
            json.WriteString("category", c.Category.Title());
            json.WriteString("source", EnforcementCase.Title(c.Source));
            json.WriteString("party", c.PartyName);
            json.WriteString("partyCreditCode", c.CreditCode ?? "");
            json.WriteString("discoveredOn", Date(c.DiscoveredOn));
            json.WriteString("closedOn", c.ClosedOn is { } closed ? Date(closed) : "");
            json.WriteStartArray("officers");
            foreach (var o in c.Officers.OrderBy(o => o.OfficerId))
            {
                json.WriteStringValue($"{o.OfficerName}（{o.CertificateNumber}）");
            }

            json.WriteEndArray();
            json.WriteEndObject();
            if (decision is not null)
            {
                json.WriteStartObject("decision");
                json.WriteNumber("id", decision.Id);
                json.WriteString("documentNumber", decision.DocumentNumber);
                json.WriteString("decisionDate", Date(decision.DecisionDate));
                json.WriteEndObject();
            }

            json.WriteStartArray("stages");
            foreach (var s in c.Stages.OrderBy(s => s.Position))
            {
                WriteStage(json, s);
            }

            json.WriteEndArray();
            json.WriteStartArray("records");
            foreach (var r in c.Records.OrderBy(r => r.Id))
            {
                WriteRecord(json, r);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Where a record's bytes sit inside the ZIP, or null when they are on the agency's platform only.</summary>
    public static string? PathInArchive(CaseRecord r) =>
        r.Stored ? $"files/{r.Sha256}{Extension(r.ContentType)}" : r.Text.Length > 0 ? $"records/{r.Id}.txt" : null;

    /// <summary>Writes the ZIP to <paramref name="output"/> as it goes: manifest, its hash, the table of contents, then every file.</summary>
    /// <remarks>Without <paramref name="secrets"/>, a secret record's file is left out and named in secret-omitted.txt.</remarks>
    public static async Task WriteZipAsync(Stream output, EnforcementCase c, byte[] manifest, IRecordStore store, string url, DateTimeOffset now,
        bool secrets, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(manifest));
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8, cancellationToken);
        await AddAsync(zip, "manifest.json", manifest, cancellationToken);
        await AddAsync(zip, "manifest.sha256", Encoding.ASCII.GetBytes($"{hash}  manifest.json\n"), cancellationToken);
        await AddAsync(zip, "卷宗目录.pdf", NoticePdf.Render(Contents(c, hash, url, now)), cancellationToken);
        var withheld = c.Records.Where(r => r.Secret && !secrets && PathInArchive(r) is not null).ToList();
        if (withheld.Count > 0)
        {
            await AddAsync(zip, "secret-omitted.txt", Encoding.UTF8.GetBytes(string.Concat(withheld.Select(r => $"{PathInArchive(r)}  {r.Sha256}  涉密，未随本次导出\n"))),
                cancellationToken);
        }

        foreach (var r in c.Records.Except(withheld).OrderBy(r => r.Id).DistinctBy(PathInArchive))
        {
            if (PathInArchive(r) is not { } path)
            {
                continue;
            }

            var entry = zip.CreateEntry(path, r.IsAudioVideo || r.Kind == RecordKind.Photo ? CompressionLevel.NoCompression : CompressionLevel.Fastest);
            await using var target = await entry.OpenAsync(cancellationToken);
            if (!r.Stored)
            {
                await target.WriteAsync(Encoding.UTF8.GetBytes(r.Text), cancellationToken);
            }
            else if (store.OpenRead(r.Sha256) is { } source)
            {
                await using (source)
                {
                    await source.CopyToAsync(target, cancellationToken);
                }
            }
        }
    }

    private static NoticeDocument Contents(EnforcementCase c, string hash, string url, DateTimeOffset now)
    {
        var items = new List<NoticeItem>
        {
            new("案件编号", c.Number),
            new("执法事项", $"{c.Matter!.Name}（{c.Matter.Code}）"),
            new("当事人", c.PartyName),
            new("承办人员", string.Join("、", c.Officers.Select(o => $"{o.OfficerName}（{o.CertificateNumber}）"))),
        };
        var number = 0;
        foreach (var s in c.Stages.OrderBy(s => s.Position))
        {
            var line = s.Status == StageStatus.Skipped
                ? $"跳过：{s.SkipReason}"
                : $"{s.OccurredAt:yyyy-MM-dd HH:mm} {s.Place} {s.DocumentKind} {s.DocumentNumber}".Trim();
            items.Add(new($"{++number}. {s.Name}", line));
            foreach (var r in c.Records.Where(r => r.StageCode == s.Code).OrderBy(r => r.Id))
            {
                items.Add(new($"{number}.{r.Id} {r.Title}", $"{CaseRecord.KindTitle(r.Kind)}，{r.Size:N0} 字节，SHA-256 {r.Sha256}，{PathInArchive(r) ?? $"存于{r.Platform}（{r.PlatformFileId}）"}"));
            }
        }

        var state = c.IsClosed ? $"{c.ClosedOn:yyyy-MM-dd} 结案，清单已封存并记入公开透明日志" : "案件尚未结案，本清单为导出时的状态";
        return new NoticeDocument("卷宗目录", c.Agency!.Name, items, $"manifest.json 的 SHA-256：{hash}。{state}。", url, now);
    }

    private static async Task AddAsync(ZipArchive zip, string name, byte[] bytes, CancellationToken cancellationToken)
    {
        await using var entry = await zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(cancellationToken);
        await entry.WriteAsync(bytes, cancellationToken);
    }

    internal static void WriteStage(Utf8JsonWriter json, CaseStage s)
    {
        json.WriteStartObject();
        json.WriteNumber("position", s.Position);
        json.WriteString("code", s.Code);
        json.WriteString("name", s.Name);
        json.WriteString("status", s.Status == StageStatus.Done ? "done" : "skipped");
        json.WriteString("occurredAt", Time(s.OccurredAt));
        json.WriteString("place", s.Place);
        json.WriteString("officers", s.Officers);
        json.WriteString("documentKind", s.DocumentKind);
        json.WriteString("documentNumber", s.DocumentNumber);
        json.WriteString("documentDate", s.DocumentDate is { } d ? Date(d) : "");
        json.WriteString("servedOn", s.ServedOn is { } served ? Date(served) : "");
        json.WriteString("skipReason", s.SkipReason);
        json.WriteString("avException", s.AvException is { } reason ? $"{AvRule.Title(reason)}：{s.AvExceptionNote}；审批人 {s.AvExceptionApprover}" : "");
        json.WriteString("backdateReason", s.BackdateReason);
        json.WriteString("recordedAtUtc", Utc(s.RecordedAtUtc));
        json.WriteString("recordedBy", s.RecordedBy);
        json.WriteEndObject();
    }

    internal static void WriteRecord(Utf8JsonWriter json, CaseRecord r)
    {
        json.WriteStartObject();
        json.WriteNumber("id", r.Id);
        json.WriteString("stage", r.StageCode);
        json.WriteString("kind", CaseRecord.KindTitle(r.Kind));
        json.WriteString("title", r.Title);
        json.WriteString("path", PathInArchive(r) ?? "");
        json.WriteString("fileName", r.FileName);
        json.WriteString("contentType", r.ContentType);
        json.WriteNumber("size", r.Size);
        json.WriteString("sha256", r.Sha256);
        json.WriteString("platform", r.Platform);
        json.WriteString("platformFileId", r.PlatformFileId);
        json.WriteString("deviceId", r.DeviceId);
        json.WriteString("recorder", r.Recorder);
        json.WriteString("startedAt", r.StartedAt is { } start ? Time(start) : "");
        json.WriteString("endedAt", r.EndedAt is { } end ? Time(end) : "");
        json.WriteString("place", r.Place);
        json.WriteString("interruptions", r.Interruptions);
        json.WriteString("retention", CaseRecord.RetentionTitle(r.Retention, r.RetentionMonths));
        json.WriteBoolean("secret", r.Secret);
        json.WriteString("recordedAtUtc", Utc(r.RecordedAtUtc));
        json.WriteString("recordedBy", r.RecordedBy);
        json.WriteEndObject();
    }

    public static string Extension(string contentType) => contentType switch
    {
        "video/mp4" => ".mp4",
        "video/quicktime" => ".mov",
        "video/webm" => ".webm",
        "video/x-msvideo" => ".avi",
        "audio/mpeg" => ".mp3",
        "audio/mp4" => ".m4a",
        "audio/wav" => ".wav",
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "application/pdf" => ".pdf",
        _ => ".bin",
    };

    internal static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'", CultureInfo.InvariantCulture);

    private static string Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
