using System.Globalization;

namespace Dalian.Enforcement.Verify;

/// <summary>
/// The note text of a c2sp.org/tlog-checkpoint: origin, decimal tree size, base64 root hash,
/// then optional extension lines. Parse only text that <see cref="SignedNote"/> has verified.
/// </summary>
public sealed record Checkpoint(string Origin, long Size, byte[] RootHash, IReadOnlyList<string> Extensions)
{
    public static Checkpoint Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.EndsWith('\n'))
        {
            throw Malformed("正文须以换行结尾 (text must end with a newline)");
        }
        var lines = text[..^1].Split('\n');
        if (lines.Length < 3 || lines.Any(line => line.Length == 0))
        {
            throw Malformed("至少三行且不得有空行 (at least three lines, none empty)");
        }
        var size = lines[1];
        // "No leading zeroes unless the tree is empty": a second spelling of a size would be a second checkpoint.
        if (!size.All(char.IsAsciiDigit) || (size.Length > 1 && size[0] == '0')
            || !long.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var treeSize))
        {
            throw Malformed($"树大小无效 (invalid tree size \"{size}\")");
        }
        var root = SignedNote.DecodeBase64(lines[2]);
        if (root is not { Length: Rfc9162.HashSize })
        {
            throw Malformed("根哈希须为 32 字节的 base64 (root hash must be base64 of 32 bytes)");
        }
        return new Checkpoint(lines[0], treeSize, root, lines[3..]);
    }

    private static FormatException Malformed(string reason) => new($"检查点格式错误: {reason}");
}
