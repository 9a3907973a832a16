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

    private static bool HasPlausibleBirthDate(ReadOnlySpan<char> yyyymmdd) =>
        DateOnly.TryParseExact(yyyymmdd, "yyyyMMdd", out var born) && born.Year >= 1900;
}
