using Dalian.Enforcement.Domain.Officers;

namespace Dalian.Enforcement.Domain.Cases;

public sealed partial class EnforcementCase
{
    /// <summary>The least a recording is kept (公安机关现场执法视音频记录工作规定 art. 13: 不少于六个月).</summary>
    public const int MinRetentionMonths = 6;

    /// <summary>
    /// Adds a record to the current stage or to one already taken (a supplement), or says what is wrong. A closed
    /// case takes nothing more: its file is frozen and its manifest logged.
    /// </summary>
    public List<CaseProblem> AddRecord(CaseProcedure procedure, CaseRecord record, Officer? recorder, DateTime nowLocal)
    {
        if (IsClosed)
        {
            return [new("", "案件已结案，案卷已封存，不能再添加记录。")];
        }

        var problems = new List<CaseProblem>();
        var current = CurrentStage(procedure);
        if (record.StageCode != current?.Code && Entry(record.StageCode) is not { Status: StageStatus.Done })
        {
            problems.Add(new("StageCode", current is null ? "请选择环节。" : $"只能为当前环节“{current.Name}”或已办理的环节添加记录。"));
        }

        if (string.IsNullOrWhiteSpace(record.Title))
        {
            problems.Add(new("Title", "请填写记录名称，例如“询问笔录”“执法记录仪视频”。"));
        }

        if (record.Kind == RecordKind.Written)
        {
            if (record.Text.Length == 0 && !record.Stored)
            {
                problems.Add(new("Text", "请填写笔录内容，或上传笔录文件。"));
            }
        }
        else
        {
            problems.AddRange(MediaProblems(record, recorder, nowLocal));
            if (record.Text.Length > 0)
            {
                problems.Add(new("Text", $"{CaseRecord.KindTitle(record.Kind)}须上传文件或登记平台上的文件，不能以文字代替。"));
            }
        }

        if (!record.Stored && record.Kind != RecordKind.Written)
        {
            problems.AddRange(ManifestProblems(record));
        }

        if (record.Retention == RetentionClass.Months && record.RetentionMonths is not >= MinRetentionMonths)
        {
            problems.Add(new("RetentionMonths", $"保存期限不少于 {MinRetentionMonths} 个月。"));
        }

        if (problems.Count == 0)
        {
            _records.Add(record);
        }

        return problems;
    }

    private static IEnumerable<CaseProblem> MediaProblems(CaseRecord record, Officer? recorder, DateTime nowLocal)
    {
        if (record.StartedAt is not { } start)
        {
            yield return new("StartedAt", "请填写记录开始时间。");
        }
        else if (start > nowLocal)
        {
            yield return new("StartedAt", "开始时间不能晚于现在。");
        }
        else if (recorder is not null && !recorder.MayEnforceOn(DateOnly.FromDateTime(start)))
        {
            yield return new("RecorderId", $"记录人{recorder.Name}在 {start:yyyy-MM-dd} 没有有效的执法证。");
        }

        if (record.EndedAt is not { } end)
        {
            yield return new("EndedAt", "请填写记录结束时间。");
        }
        else if (record.StartedAt is { } begun && end < begun)
        {
            yield return new("EndedAt", "结束时间不能早于开始时间。");
        }

        if (recorder is null)
        {
            yield return new("RecorderId", "请选择记录人。");
        }

        if (record.IsAudioVideo && string.IsNullOrWhiteSpace(record.DeviceId))
        {
            yield return new("DeviceId", "请填写执法记录仪（设备）编号。");
        }
    }

    private static IEnumerable<CaseProblem> ManifestProblems(CaseRecord record)
    {
        if (string.IsNullOrWhiteSpace(record.Platform))
        {
            yield return new("Platform", "未上传文件时，请填写保存该文件的音像记录管理平台名称。");
        }

        if (string.IsNullOrWhiteSpace(record.PlatformFileId))
        {
            yield return new("PlatformFileId", "请填写该文件在平台上的编号。");
        }

        if (!IsSha256(record.Sha256))
        {
            yield return new("Sha256", "请填写文件的 SHA-256（64 位十六进制数字）。");
        }

        if (record.Size <= 0)
        {
            yield return new("Size", "请填写文件大小（字节）。");
        }
    }

    public static bool IsSha256(string? hex) => hex is { Length: 64 } && hex.All(Uri.IsHexDigit);
}
