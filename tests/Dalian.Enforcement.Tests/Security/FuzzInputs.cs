using System.Text;

namespace Dalian.Enforcement.Tests.Security;

/// <summary>
/// The fuzz's inputs, each already percent-encoded as it goes on the wire (so that invalid UTF-8 can be sent at all): long, empty,
/// control and invalid Unicode, non-ASCII anywhere, SQL and HTML fragments, dates at and beyond every range edge, huge numbers.
/// The HTML fragments carry markers that must never come back unencoded.
/// </summary>
internal static class FuzzInputs
{
    /// <summary>What an HTML or JSON answer may never contain raw: each marker appears only inside a hostile fragment.</summary>
    public static readonly string[] Markers = ["<fz-tag", "<svg/onload=fz", "<script>fz", "\"><fz-attr", "<img src=x onerror=fz"];

    /// <summary>A line the log injection fragment tries to forge.</summary>
    public const string ForgedLogLine = "[00:00:00 ERR] fz-forged";

    public static readonly string[] Texts =
    [
        "", " ", "   \t  ", new string('A', 100_000), string.Concat(Enumerable.Repeat("测试", 3_000)), new string('9', 5_000),
        "\0", "a\0b", "\u0001\u0002\u001f\u007f", "\r\n" + ForgedLogLine, "line\rbreak\nand\u2028sep\u2029",
        "𬇙堃水产", "Ａ１２３ＡＢＣ", "\u202Eevil\u202C", "a\u200Bb\uFEFF", "é́́́", "🙂👨‍👩‍👧", "\uFFFD\uFFFE\uFFFF",
        "' OR '1'='1", "1; DROP TABLE Decisions;--", "\" OR 1=1 --", "%' --", "1' UNION SELECT * FROM AspNetUsers--", "\\", "%00",
        "<fz-tag>", "\"><fz-attr x=\"", "'><svg/onload=fz>", "<script>fz</script>", "<img src=x onerror=fz>", "javascript:alert(1)",
        "{{7*7}}", "@(1+1)", "${7*7}", "../../../../etc/passwd", "//evil.example/", "https://evil.example/path", "=1+1", "+cmd", "@SUM(1)",
        "0001-01-01", "9999-12-31", "2014-12-31", "2015-01-01", "2026-12-31", "2027-01-01", "2024-02-29", "2026-02-29", "2026-13-01",
        "2026-00-10", "1900-01-01", "10000-01-01", "2026/12/03", "20261203", "2026-12-03T25:61:61", "yesterday",
        "0", "-1", "-0", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "1e308", "1e309",
        "NaN", "Infinity", "0.000000001", "1,000", "１２３", "99999999999999999999999999999.99", "0x1F", "true", "on", "null", "[]", "{}",
    ];

    /// <summary>Bytes that are not UTF-8 at all, as they would arrive on the wire.</summary>
    public static readonly string[] InvalidUtf8 = ["%FF%FE", "%C0%AF", "%ED%A0%80", "a%80b", "%E6%B5", "%F4%90%80%80"];

    /// <summary>Every input, encoded: the texts, then the invalid byte sequences.</summary>
    public static readonly string[] Encoded = [.. Texts.Select(Uri.EscapeDataString), .. InvalidUtf8];

    /// <summary>Route values: at and beyond the edges of the integer constraints (a NUL in a path never reaches the app: Kestrel refuses it).</summary>
    public static readonly string[] RouteValues = ["0", "-1", "2147483648", "9223372036854775807", "99999999999999999999", "%2500", "x", "1%2F..%2F2", Uri.EscapeDataString("1\r\n" + ForgedLogLine)];

    /// <summary>The <paramref name="count"/> inputs a field gets: a window of the list that moves with the field, so that every input is used.</summary>
    public static IEnumerable<string> For(int fieldIndex, int count) =>
        Enumerable.Range(0, Math.Min(count, Encoded.Length)).Select(i => Encoded[(fieldIndex * 7 + i) % Encoded.Length]);

    public static string Form(IEnumerable<KeyValuePair<string, string>> encodedFields) =>
        string.Join('&', encodedFields.Select(f => Uri.EscapeDataString(f.Key) + "=" + f.Value));

    public static string Encode(string value) => Uri.EscapeDataString(value);

    /// <summary>Three hundred keys the form does not have, each with a long value: what once filled the TempData cookie.</summary>
    public static IEnumerable<KeyValuePair<string, string>> ManyUnknownFields() =>
        Enumerable.Range(0, 300).Select(i => new KeyValuePair<string, string>(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fz{i}"), Encode(new StringBuilder().Append('长', 100).ToString())));
}
