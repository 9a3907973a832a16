namespace Dalian.Enforcement.Domain.Cases;

public enum RecordKind
{
    /// <summary>笔录 or other written record.</summary>
    Written,

    Video,

    Audio,

    Photo,
}

/// <summary>How long a recording is kept (§2.4 of the records reference).</summary>
public enum RetentionClass
{
    /// <summary>永久: evidence of an act, obstruction, or a major incident.</summary>
    Permanent,

    /// <summary>同案卷: as long as the case file.</summary>
    WithCase,

    /// <summary>N months (at least six).</summary>
    Months,
}

/// <summary>
/// A record of a case stage: a written record (text or a file) or an audio-video record with its manifest
/// (device, recorder, times, place, interruptions, file name, size, type, SHA-256, retention, secrecy). The file
/// is either in the portal's content-addressed store or only on the agency's recorder platform (GA/T 947.3),
/// named by the platform and its file id with the same hash. Never changed or deleted.
/// </summary>
public sealed class CaseRecord
{
    public long Id { get; private set; }

    public long CaseId { get; private set; }

    public required string StageCode { get; init; }

    public required RecordKind Kind { get; init; }

    /// <summary>E.g. 询问笔录, 现场检查笔录, 执法记录仪视频.</summary>
    public required string Title { get; init; }

    /// <summary>A written record typed in (its SHA-256 is of its UTF-8 bytes).</summary>
    public string Text { get; init; } = "";

    public string FileName { get; init; } = "";

    public string ContentType { get; init; } = "";

    public long Size { get; init; }

    /// <summary>SHA-256 of the file (or of the text), lower-case hex.</summary>
    public required string Sha256 { get; init; }

    /// <summary>True when the portal's store holds the file; false for a text or a platform manifest.</summary>
    public bool Stored { get; init; }

    public string Platform { get; init; } = "";

    public string PlatformFileId { get; init; } = "";

    public string DeviceId { get; init; } = "";

    /// <summary>记录人 with certificate number.</summary>
    public string Recorder { get; init; } = "";

    public DateTime? StartedAt { get; init; }

    public DateTime? EndedAt { get; init; }

    public string Place { get; init; } = "";

    /// <summary>Each interruption with its reason (中断及原因), or empty for a continuous recording.</summary>
    public string Interruptions { get; init; } = "";

    public RetentionClass Retention { get; init; } = RetentionClass.WithCase;

    public int? RetentionMonths { get; init; }

    /// <summary>涉密: only the case's own staff and auditors may open it.</summary>
    public bool Secret { get; init; }

    public required DateTime RecordedAtUtc { get; init; }

    public required string RecordedBy { get; init; }

    public bool IsAudioVideo => Kind is RecordKind.Video or RecordKind.Audio;

    public static string KindTitle(RecordKind kind) => kind switch
    {
        RecordKind.Written => "书面记录",
        RecordKind.Video => "录像",
        RecordKind.Audio => "录音",
        _ => "照片",
    };

    public static string RetentionTitle(RetentionClass retention, int? months) => retention switch
    {
        RetentionClass.Permanent => "永久",
        RetentionClass.WithCase => "同案卷",
        _ => $"{months} 个月",
    };
}
