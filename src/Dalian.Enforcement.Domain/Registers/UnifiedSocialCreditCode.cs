namespace Dalian.Enforcement.Domain.Registers;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, Z, S, V);
/// the last is a check character, MOD 31 over the first 17 with weights 3^i mod 31.
/// </summary>
public static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] s_weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(ReadOnlySpan<char> value) =>
        value.Length == 18
        && CheckCharacter(value[..17]) is { } expected
        && value[17] == expected;

    /// <summary>The check character for 17 leading characters, or null when one is outside the alphabet.</summary>
    public static char? CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var index = Alphabet.IndexOf(first17[i]);
            if (index < 0)
            {
                return null;
            }

            sum += index * s_weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }
}
