using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Web.Features.Decisions;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Cases;

/// <summary>
/// Adds a written or audio-video record to a stage: from a file streamed into the store (its type sniffed from
/// its bytes, its hash checked against the one the client sent), from text, or as the manifest of a file kept on
/// the agency's recorder platform. The staged file enters the store only once the record is accepted.
/// </summary>
public sealed class AddCaseRecord(CaseActs acts, StaffCases cases, IRecordStore store, IOptions<RecordStoreOptions> options, LegalClock clock)
{
    public async Task<CaseOutcome> HandleAsync(long id, MultipartUpload.Result upload, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var file = upload.File;
        var outcome = await acts.RunAsync(id, upload["Stamp"], user, "case.record.add", async c =>
        {
            var problems = new List<CaseProblem>();
            if (upload.Problem is { } refused)
            {
                problems.Add(new(MultipartUpload.FileField, refused));
            }

            if (upload["RetentionMonths"] is { Length: > 0 } monthsText && !int.TryParse(monthsText, out _))
            {
                problems.Add(new("RetentionMonths", "请填写有效的月数（整数）。"));
            }

            if (upload["Size"] is { Length: > 0 } sizeText && !long.TryParse(sizeText, out _))
            {
                problems.Add(new("Size", "请填写有效的文件大小（字节数，整数）。"));
            }

            var kind = Enum.TryParse<RecordKind>(upload["Kind"], out var k) && Enum.IsDefined(k) ? k : RecordKind.Written;
            var retention = Enum.TryParse<RetentionClass>(upload["Retention"], out var r) && Enum.IsDefined(r) ? r : RetentionClass.WithCase;
            var text = DecisionActs.Limit(upload["Text"], 20000); // only a written record is text; the domain refuses text as a recording
            var sent = upload["Sha256"].ToLowerInvariant();
            if (sent.Length > 0 && !CaseRecordHash.IsValid(sent))
            {
                problems.Add(new("Sha256", "SHA-256 应为 64 位十六进制数字。"));
            }

            if (file is not null)
            {
                problems.AddRange(FileProblems(file, kind, sent));
            }

            var recorder = int.TryParse(upload["RecorderId"], out var recorderId) && c.Officers.Any(o => o.OfficerId == recorderId)
                ? (await cases.OfficersAsync([recorderId], cancellationToken)).FirstOrDefault()
                : null;
            var started = Time(upload, "StartedAt", problems);
            var ended = Time(upload, "EndedAt", problems);
            if (problems.Count > 0)
            {
                return problems;
            }

            var textBytes = Encoding.UTF8.GetBytes(text);
            var record = new CaseRecord
            {
                StageCode = upload["StageCode"],
                Kind = kind,
                Title = DecisionActs.Limit(upload["Title"], 100),
                Text = file is null ? text : "",
                FileName = file is null ? "" : DecisionActs.Limit(upload.FileName, 255),
                ContentType = file?.DetectedType ?? (text.Length > 0 && kind == RecordKind.Written ? "text/plain; charset=utf-8" : ""),
                Size = file?.Size ?? (text.Length > 0 && kind == RecordKind.Written ? textBytes.Length : long.TryParse(upload["Size"], out var size) ? size : 0),
                Sha256 = file?.Sha256 ?? (text.Length > 0 && kind == RecordKind.Written ? Convert.ToHexStringLower(SHA256.HashData(textBytes)) : sent),
                Stored = file is not null,
                Platform = file is null && kind != RecordKind.Written ? DecisionActs.Limit(upload["Platform"], 100) : "",
                PlatformFileId = file is null && kind != RecordKind.Written ? DecisionActs.Limit(upload["PlatformFileId"], 200) : "",
                DeviceId = DecisionActs.Limit(upload["DeviceId"], 50),
                Recorder = recorder is null ? "" : $"{recorder.Name}（{c.Officers.First(o => o.OfficerId == recorder.Id).CertificateNumber}）",
                StartedAt = started,
                EndedAt = ended,
                Place = DecisionActs.Limit(upload["RecordPlace"], 200),
                Interruptions = DecisionActs.Limit(upload["Interruptions"], 1000),
                Retention = retention,
                RetentionMonths = retention == RetentionClass.Months && int.TryParse(upload["RetentionMonths"], out var months) ? months : null,
                Secret = upload["Secret"].Contains("true", StringComparison.OrdinalIgnoreCase),
                RecordedAtUtc = clock.UtcNow,
                RecordedBy = user.Identity!.Name!,
            };
            var added = c.AddRecord(cases.ProcedureOf(c), record, kind == RecordKind.Written ? null : recorder, clock.Now.DateTime);
            if (added.Count == 0 && file is not null)
            {
                store.Commit(file); // in its place before the record that names it is saved; an orphan (if the save fails) is harmless
            }

            return added;
        }, c => $"已添加记录“{c.Records[^1].Title}”，SHA-256 {c.Records[^1].Sha256}。", cancellationToken);
        if (!outcome.Succeeded && file is not null && File.Exists(file.TempPath))
        {
            store.Discard(file);
        }

        return outcome;
    }

    private IEnumerable<CaseProblem> FileProblems(StagedFile file, RecordKind kind, string sent)
    {
        if (file.Size == 0)
        {
            yield return new(MultipartUpload.FileField, "上传的文件是空的。");
            yield break;
        }

        if (options.Value.SniffContent)
        {
            if (file.DetectedType is not { } type || !options.Value.Allowed.Contains(type))
            {
                yield return new(MultipartUpload.FileField, "无法识别文件类型：仅接受 MP4、MOV、WebM、AVI 视频，MP3、M4A、WAV 音频，JPEG、PNG 图片和 PDF 文件（按文件内容判断，而非扩展名）。");
                yield break;
            }

            if (!FileSignature.Fits(kind, type))
            {
                yield return new(MultipartUpload.FileField, $"文件内容为 {type}，与记录类型“{CaseRecord.KindTitle(kind)}”不符。");
            }
        }

        if (sent.Length > 0 && sent != file.Sha256)
        {
            yield return new(MultipartUpload.FileField, $"收到的文件 SHA-256 为 {file.Sha256}，与填写的值不一致：文件可能在传输中损坏，请重新上传。");
        }
    }

    private static DateTime? Time(MultipartUpload.Result upload, string field, List<CaseProblem> problems)
    {
        var text = upload[field];
        if (text.Length == 0)
        {
            return null;
        }

        var value = Typed.Time(text);
        if (value is null)
        {
            problems.Add(new(field, string.Create(CultureInfo.InvariantCulture, $"请填写有效的日期和时间，例如 2026-11-30 09:30。")));
        }

        return value;
    }
}
