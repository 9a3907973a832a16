namespace Dalian.Enforcement.Web.Features.Account;

/// <summary>
/// The "Accounts" section: how people prove who they are and how long a session lasts (GB/T 22239-2019 8.1.4.1: 登录失败处理、
/// 连接超时自动退出、两种或两种以上组合的鉴别技术). The password rules are <see cref="Domain.Accounts.PasswordRules"/> (Accounts:Password).
/// </summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Every back-office account needs a second factor (TOTP) before it reaches /admin.</summary>
    public bool RequireTwoFactor { get; set; } = true;

    /// <summary>A session that sees no request for this long ends (idle timeout).</summary>
    public int IdleMinutes { get; set; } = 15;

    /// <summary>A session ends this long after its log-in, however busy (absolute lifetime).</summary>
    public int AbsoluteHours { get; set; } = 8;

    /// <summary>Failed log-ins (password or code) in a row that lock an account.</summary>
    public int LockoutAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>What a failed log-in says, whatever failed: an unknown name, a wrong password, a locked or disabled account read alike.</summary>
    public string FailureMessage => $"用户名或密码不正确。连续输错 {LockoutAttempts} 次，账户将锁定 {LockoutMinutes} 分钟。";

    public string CodeFailureMessage => $"验证码不正确或已使用过。连续输错 {LockoutAttempts} 次，账户将锁定 {LockoutMinutes} 分钟。";
}
