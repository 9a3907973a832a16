namespace Dalian.Enforcement.Domain.Cases;

/// <summary>The content type a file's first bytes show (content sniffing): what it is, whatever its name says.</summary>
public static class FileSignature
{
    /// <summary>How many leading bytes <see cref="Detect"/> reads.</summary>
    public const int HeadLength = 16;

    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            return head[8..12].SequenceEqual("M4A "u8) ? "audio/mp4" : head[8..11].SequenceEqual("qt "u8) ? "video/quicktime" : "video/mp4";
        }

        return head switch
        {
            [0x1A, 0x45, 0xDF, 0xA3, ..] => "video/webm",
            [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
            [0x89, 0x50, 0x4E, 0x47, ..] => "image/png",
            [0x25, 0x50, 0x44, 0x46, ..] => "application/pdf",
            [0x49, 0x44, 0x33, ..] => "audio/mpeg",
            [0xFF, var b, ..] when (b & 0xE0) == 0xE0 => "audio/mpeg",
            [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x41, 0x56, 0x45, ..] => "audio/wav",
            [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x41, 0x56, 0x49, 0x20, ..] => "video/x-msvideo",
            _ => null,
        };
    }

    /// <summary>Whether a detected content type fits the kind of record it is filed as.</summary>
    public static bool Fits(RecordKind kind, string contentType) => kind switch
    {
        RecordKind.Video => contentType.StartsWith("video/", StringComparison.Ordinal),
        RecordKind.Audio => contentType.StartsWith("audio/", StringComparison.Ordinal),
        RecordKind.Photo => contentType.StartsWith("image/", StringComparison.Ordinal),
        _ => contentType is "application/pdf" || contentType.StartsWith("image/", StringComparison.Ordinal),
    };
}
