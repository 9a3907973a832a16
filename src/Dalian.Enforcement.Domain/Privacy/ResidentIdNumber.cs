namespace Dalian.Enforcement.Domain.Privacy;

/// <summary>
/// 公民身份号码 (GB 11643-1999): 17 digits and a check character (0-9 or X) computed with
/// ISO 7064 MOD 11-2. Used to validate entries and to find ID numbers in free text.
/// </summary>
public static class ResidentIdNumber
{
    private static readonly int[] s_weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }

            sum += (value[i] - '0') * s_weights[i];
        }

        return char.ToUpperInvariant(value[17]) == CheckCharacters[sum % 11]
            && HasPlausibleBirthDate(value.Slice(6, 8));
    }

    /// <summary>
    /// Shaped like an ID number whatever its check character: 17 digits and a digit or X, a province code (11–82) and a real
    /// birth date in it. A mistyped ID number is still personal data, so text is scanned for this shape, not for validity.
    /// </summary>
    public static bool IsShaped(ReadOnlySpan<char> value)
    {
        if (value.Length != 18 || value[..17].ContainsAnyExceptInRange('0', '9') || !(char.IsAsciiDigit(value[17]) || value[17] is 'X' or 'x'))
        {
            return false;
        }

        var province = (value[0] - '0') * 10 + (value[1] - '0');
        return province is >= 11 and <= 82 && HasPlausibleBirthDate(value.Slice(6, 8));
    }

    /// <summary>An ID number as a reader outside the deciding agency sees it: the first three and last four characters.</summary>
    public static string Masked(string value) =>
        value.Length <= 7 ? new string('*', value.Length) : string.Concat(value.AsSpan(0, 3), new string('*', value.Length - 7), value.AsSpan(value.Length - 4));

    private static bool HasPlausibleBirthDate(ReadOnlySpan<char> yyyymmdd) =>
        DateOnly.TryParseExact(yyyymmdd, "yyyyMMdd", out var born) && born.Year is >= 1900 and <= 2099;
}
