using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Web.Features.Account;

namespace Dalian.Enforcement.Tests.Accounts;

public sealed class PasswordRulesTests
{
    private static readonly PasswordRules s_rules = new();

    [Theory]
    [InlineData("Abcdef1!", 4)]
    [InlineData("abcdefg1", 2)]
    [InlineData("ABCDEFG1", 2)]
    [InlineData("abcdEFGH", 2)]
    [InlineData("abcd1234", 2)]
    [InlineData("abcD1234", 3)]
    [InlineData("大洼执法abc12", 3)]
    [InlineData("abcdefgh", 1)]
    public void Kinds_count_lower_upper_digits_and_everything_else(string password, int kinds) =>
        Assert.Equal(kinds, PasswordRules.Kinds(password));

    [Theory]
    [InlineData("Abcde1!")] // 7 characters
    [InlineData("abcdefgh1")] // two kinds
    [InlineData("ABCDEFGHIJ")] // one kind
    [InlineData(" Abcdef12")] // leading space
    [InlineData("Abcdef12 ")] // trailing space
    [InlineData("Abc\u0007def12")] // a control character
    public void Weak_passwords_are_refused_by_default(string password) => Assert.NotEmpty(s_rules.Problems(password));

    [Theory]
    [InlineData("Abcdef12")] // exactly 8, three kinds
    [InlineData("abcd12!@")] // three kinds without upper case
    [InlineData("Dawa@2026demo")]
    [InlineData("我的Pass 2026")] // a space inside is fine
    public void Passwords_of_eight_and_three_kinds_pass(string password) => Assert.Empty(s_rules.Problems(password));

    [Fact]
    public void A_short_two_kind_password_gets_both_messages_in_chinese()
    {
        var problems = s_rules.Problems("abc1");

        Assert.Equal(["密码至少需要 8 个字符。", "密码须包含小写字母、大写字母、数字和符号中的至少 3 种（现有 2 种）。"], problems);
    }

    [Fact]
    public void Settings_change_the_rules()
    {
        var strict = new PasswordRules { MinLength = 12, RequiredKinds = 4 };

        Assert.NotEmpty(strict.Problems("Abcdef12!"));
        Assert.Empty(strict.Problems("Abcdef12!xyz"));
        Assert.Contains("至少 12 个字符", strict.Describe(), StringComparison.Ordinal);
        Assert.Contains("至少 4 种", strict.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_expires_only_when_an_expiry_is_set()
    {
        var changed = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        Assert.False(s_rules.HasExpired(changed, changed.AddYears(5)));
        var ninety = new PasswordRules { ExpiresAfterDays = 90 };
        Assert.False(ninety.HasExpired(changed, changed.AddDays(90).AddSeconds(-1)));
        Assert.True(ninety.HasExpired(changed, changed.AddDays(90)));
        Assert.Contains("每 90 天须更换一次", ninety.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void One_time_passwords_pass_the_rules_and_differ()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => AccountActs.OneTimePassword()).ToList();

        Assert.All(passwords, p => Assert.Empty(s_rules.Problems(p)));
        Assert.All(passwords, p => Assert.Equal(4, PasswordRules.Kinds(p)));
        Assert.Equal(200, passwords.Distinct().Count());
        Assert.DoesNotContain(passwords, p => p.IndexOfAny(['0', 'O', '1', 'l', 'I']) >= 0);
    }
}
