namespace Dalian.Enforcement.Tests.Support;

/// <summary>
/// Makes checksum-valid personal numbers for the tests, computed here from the standards rather than
/// with the code under test: GB 11643-1999 (ISO 7064 MOD 11-2) for resident ID numbers and Luhn (ISO/IEC 7812)
/// for bank cards.
/// </summary>
public static class PersonalNumbers
{
    /// <summary>The 18-character resident ID number that completes <paramref name="first17"/>.</summary>
    public static string ResidentId(string first17)
    {
        // Weight of position i (from the left) is 2^(17-i) mod 11; the check character maps (sum mod 11).
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * (int)(Math.Pow(2, 17 - i) % 11);
        }

        return first17 + "10X98765432"[sum % 11];
    }

    /// <summary>The bank-card number that completes <paramref name="withoutCheckDigit"/> with its Luhn check digit.</summary>
    public static string Card(string withoutCheckDigit) =>
        withoutCheckDigit + Enumerable.Range(0, 10).Select(d => (char)('0' + d)).Single(d => IsLuhnValid(withoutCheckDigit + d));

    public static bool IsLuhnValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            // Every second digit from the right is doubled, and a two-digit product counts as its digit sum.
            var d = (digits[digits.Length - 1 - i] - '0') * (i % 2 == 1 ? 2 : 1);
            sum += d / 10 + d % 10;
        }

        return sum % 10 == 0;
    }
}
