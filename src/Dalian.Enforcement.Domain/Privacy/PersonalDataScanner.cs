using System.Text.RegularExpressions;
using Dalian.Enforcement.Domain.Registers;

namespace Dalian.Enforcement.Domain.Privacy;

public enum PersonalDataKind
{
    /// <summary>居民身份证号码 with a valid GB 11643 check digit.</summary>
    ResidentId,

    /// <summary>手机号码.</summary>
    Mobile,

    /// <summary>银行卡号 (16–19 digits passing the Luhn check).</summary>
    BankCard,

    /// <summary>A natural person's full name where only the masked name may appear.</summary>
    PersonName,
}

/// <summary>One piece of personal data found in a text, shown only in its masked form.</summary>
public sealed record PersonalDataFinding(PersonalDataKind Kind, string Masked)
{
    public string Title => Kind switch
    {
        PersonalDataKind.ResidentId => "身份证号码",
        PersonalDataKind.Mobile => "手机号码",
        PersonalDataKind.BankCard => "银行卡号",
        _ => "自然人姓名",
    };
}

/// <summary>
/// Finds personal data that must never be published or logged: checksum-valid resident ID
/// numbers (GB 11643), mainland mobile numbers and bank-card numbers (Luhn). Masking keeps the
/// text readable while removing what identifies the person.
/// </summary>
public static partial class PersonalDataScanner
{
    // An 18-character candidate not glued to other digits, grouped any way by single spaces, hyphens or dots; the checksum decides.
    [GeneratedRegex(@"(?<![0-9A-Za-z])\d(?:[ .-]?\d){16}[ .-]?[\dXx](?![0-9A-Za-z])")]
    private static partial Regex IdCandidate();

    // 1[3-9]x xxxx xxxx, optionally prefixed by +86 / 86, grouped by spaces, hyphens or dots, not part of a longer number.
    [GeneratedRegex(@"(?<!\d)(?:\+?86[ .-]?)?1[3-9]\d[ .-]?\d{4}[ .-]?\d{4}(?!\d)")]
    private static partial Regex MobileCandidate();

    // 16 to 19 digits, possibly grouped by single spaces or hyphens, not part of a longer token.
    [GeneratedRegex(@"(?<![0-9A-Za-z])\d(?:[ -]?\d){15,18}(?![0-9A-Za-z])")]
    private static partial Regex CardCandidate();

    public static bool ContainsPersonalData(string text) => Find(text).Count > 0;

    /// <summary>Every ID number, mobile number and bank-card number in the text, masked.</summary>
    public static IReadOnlyList<PersonalDataFinding> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var found = new List<PersonalDataFinding>();
        Mask(text, found);
        return found;
    }

    /// <summary>
    /// Replaces every ID, mobile and bank-card number with asterisks, keeping a short prefix. Full-width
    /// digits (as Chinese input methods type them) are read as digits, and come out half-width.
    /// </summary>
    public static string Mask(string text) => Mask(text, null);

    /// <summary>Full-width digits, X and separators as their ASCII forms, so that ２１１… is found like 211….</summary>
    private static string Narrow(string text) =>
        text.Any(c => c is >= '\uFF10' and <= '\uFF19' or '\uFF38' or '\uFF58' or '\uFF0B' or '\uFF0D' or '\u3000')
            ? string.Concat(text.Select(c => c switch
            {
                >= '\uFF10' and <= '\uFF19' => (char)(c - '\uFF10' + '0'),
                '\uFF38' => 'X',
                '\uFF58' => 'x',
                '\uFF0B' => '+',
                '\uFF0D' => '-',
                '\u3000' => ' ',
                _ => c,
            }))
            : text;

    private static string Mask(string text, List<PersonalDataFinding>? found)
    {
        var narrow = Narrow(text);
        if (!ReferenceEquals(narrow, text) && Mask(narrow, []) == narrow)
        {
            return text; // nothing personal: keep the person's full-width characters as typed
        }

        text = narrow;
        string Hide(PersonalDataKind kind, string masked)
        {
            found?.Add(new PersonalDataFinding(kind, masked));
            return masked;
        }

        var masked = IdCandidate().Replace(text, m =>
        {
            var id = string.Concat(m.Value.Where(c => c is not (' ' or '-' or '.')));
            // Flagged by its shape, not its check character (a mistyped ID number is still one), unless it is a valid credit code.
            return ResidentIdNumber.IsShaped(id) && (ResidentIdNumber.IsValid(id) || !UnifiedSocialCreditCode.IsValid(id)) ? Hide(PersonalDataKind.ResidentId, string.Concat(id.AsSpan(0, 3), new string('*', 15))) : m.Value;
        });
        masked = CardCandidate().Replace(masked, m =>
        {
            var digits = string.Concat(m.Value.Where(char.IsAsciiDigit));
            return IsLuhnValid(digits) && !UnifiedSocialCreditCode.IsValid(digits)
                ? Hide(PersonalDataKind.BankCard, string.Concat(digits.AsSpan(0, 4), new string('*', digits.Length - 8), digits.AsSpan(digits.Length - 4)))
                : m.Value;
        });
        return MobileCandidate().Replace(masked, m => Hide(PersonalDataKind.Mobile, string.Concat(m.ValueSpan[..3], "********")));
    }

    /// <summary>The Luhn (mod 10) check that every bank card number passes (ISO/IEC 7812).</summary>
    public static bool IsLuhnValid(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }

        return sum % 10 == 0;
    }
}
