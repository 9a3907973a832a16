namespace Dalian.Enforcement.Domain.Accounts;

/// <summary>
/// The password rules (settings <c>Accounts:Password</c>), defaulting to 等保 2.0 practice (GB/T 22239-2019 8.1.4.1 a: 口令应有复杂度要求并定期更换):
/// at least 8 characters of three of the four kinds (lower case, upper case, digits, symbols), none of the last 5, and an
/// optional expiry in days.
/// </summary>
public sealed class PasswordRules
{
    public const string Section = "Accounts:Password";

    public int MinLength { get; set; } = 8;

    /// <summary>How many of the four kinds of character a password must mix.</summary>
    public int RequiredKinds { get; set; } = 3;

    /// <summary>How many earlier passwords may not be used again (0: none remembered).</summary>
    public int Remembered { get; set; } = 5;

    /// <summary>Days after which a password must be changed at the next log-in; null: it does not expire.</summary>
    public int? ExpiresAfterDays { get; set; }

    /// <summary>The rule in one sentence, for the form that asks for a new password.</summary>
    public string Describe() =>
        $"至少 {MinLength} 个字符，包含小写字母、大写字母、数字和符号中的至少 {Math.Clamp(RequiredKinds, 1, 4)} 种"
        + (Remembered > 0 ? $"，不能与最近 {Remembered} 次使用过的密码相同" : "")
        + (ExpiresAfterDays is { } days ? $"；每 {days} 天须更换一次" : "") + "。";

    /// <summary>What is wrong with <paramref name="password"/> by these rules (the history is checked where the hashes are).</summary>
    public IReadOnlyList<string> Problems(string password)
    {
        var problems = new List<string>();
        if (password.Length < MinLength)
        {
            problems.Add($"密码至少需要 {MinLength} 个字符。");
        }

        var kinds = Kinds(password);
        if (kinds < Math.Clamp(RequiredKinds, 1, 4))
        {
            problems.Add($"密码须包含小写字母、大写字母、数字和符号中的至少 {Math.Clamp(RequiredKinds, 1, 4)} 种（现有 {kinds} 种）。");
        }

        if (password.Any(char.IsControl) || password.Trim().Length != password.Length)
        {
            problems.Add("密码不能以空格开头或结尾，也不能包含控制字符。");
        }

        return problems;
    }

    /// <summary>Whether a password set at <paramref name="changedAtUtc"/> must be changed at <paramref name="nowUtc"/>.</summary>
    public bool HasExpired(DateTime? changedAtUtc, DateTime nowUtc) =>
        ExpiresAfterDays is { } days && changedAtUtc is { } changed && nowUtc >= changed.AddDays(days);

    /// <summary>How many of the four kinds a password mixes: lower case, upper case, digits, and anything else (symbols, Chinese).</summary>
    public static int Kinds(string password) =>
        (password.Any(char.IsAsciiLetterLower) ? 1 : 0)
        + (password.Any(char.IsAsciiLetterUpper) ? 1 : 0)
        + (password.Any(char.IsAsciiDigit) ? 1 : 0)
        + (password.Any(c => !char.IsAsciiLetterOrDigit(c) && !char.IsControl(c)) ? 1 : 0);
}
