using System.Text.RegularExpressions;

namespace Dalian.Enforcement.Domain.Privacy;

/// <summary>
/// Finds personal data that must never be published or logged: checksum-valid resident ID
/// numbers (GB 11643) and mainland mobile numbers. Masking keeps the text readable while
/// removing what identifies the person.
/// </summary>
public static partial class PersonalDataScanner
{
    // An 18-character candidate not glued to other digits; the checksum decides.
    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")]
    private static partial Regex IdCandidate();

    // 1[3-9]x xxxx xxxx, optionally prefixed by +86 / 86, not part of a longer number.
    [GeneratedRegex(@"(?<!\d)(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)")]
    private static partial Regex MobileCandidate();

    public static bool ContainsPersonalData(string text) =>
        IdCandidate().Matches(text).Any(m => ResidentIdNumber.IsValid(m.ValueSpan))
        || MobileCandidate().IsMatch(text);

    /// <summary>Replaces every ID number and mobile number with asterisks, keeping a short prefix.</summary>
    public static string Mask(string text)
    {
        var masked = IdCandidate().Replace(text, m =>
            ResidentIdNumber.IsValid(m.ValueSpan) ? string.Concat(m.ValueSpan[..3], new string('*', 15)) : m.Value);
        return MobileCandidate().Replace(masked, m => string.Concat(m.ValueSpan[..3], "********"));
    }
}
