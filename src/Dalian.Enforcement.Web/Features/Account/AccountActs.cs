using System.Security.Cryptography;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Account;

public sealed record AccountProblem(string Field, string Message);

public static class AccountProblems
{
    /// <summary>An act's problems beside their fields.</summary>
    public static void AddProblems(this Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, IEnumerable<AccountProblem> problems)
    {
        foreach (var p in problems)
        {
            modelState.AddModelError(p.Field, p.Message);
        }
    }
}

/// <summary>What an act did: its problems (nothing saved), or its message, and a one-time password or recovery codes to show once.</summary>
public sealed record AccountOutcome(IReadOnlyList<AccountProblem> Problems, string Message = "", string? OneTimePassword = null,
    IReadOnlyList<string>? RecoveryCodes = null, string? UserId = null)
{
    public bool Succeeded => Problems.Count == 0;

    public static AccountOutcome Refused(string field, string message) => new([new(field, message)]);
}

/// <summary>
/// Every act on an account: the administrator's (create, edit roles and agency, disable, enable, unlock, reset the password or the
/// second factor) and the account holder's (change the password, enrol a second factor). Identity does the work with its store's
/// saving held back, so that each act is one save: its changes and its audit event in one transaction.
/// </summary>
public sealed class AccountActs(PortalDbContext db, UserManager<PortalUser> users, PortalUserStore store, IOptions<PasswordRules> rules, TimeProvider time)
{
    public Task<AccountOutcome> CreateAsync(AccountForm form, CancellationToken cancellationToken) =>
        RunAsync(null, "account.create", async _ =>
        {
            var user = new PortalUser { UserName = form.UserName!.Trim(), DisplayName = form.DisplayName!.Trim(), EmailConfirmed = true, CreatedAtUtc = Now };
            if (await AgencyProblemAsync(form, cancellationToken) is { } agency)
            {
                return agency;
            }

            user.AgencyId = form.AgencyId;
            var password = OneTimePassword();
            (user.MustChangePassword, user.PasswordChangedAtUtc) = (true, Now);
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return Problems(created, nameof(AccountForm.UserName));
            }

            await users.AddToRolesAsync(user, form.Roles.Distinct());
            return new AccountOutcome([], $"已创建账户 {user.UserName}（{Titles(form.Roles)}）。请将一次性密码当面或通过安全渠道交给本人，首次登录时须修改密码并绑定身份验证器。",
                password, UserId: user.Id);
        }, cancellationToken);

    public Task<AccountOutcome> UpdateAsync(string id, AccountForm form, string actorId, CancellationToken cancellationToken) =>
        RunAsync(id, "account.update", async user =>
        {
            if (form.ConcurrencyStamp != user.ConcurrencyStamp)
            {
                return AccountOutcome.Refused("", "该账户刚被他人修改，请查看当前内容后重新提交。");
            }

            if (await AgencyProblemAsync(form, cancellationToken) is { } agency)
            {
                return agency;
            }

            var current = await users.GetRolesAsync(user);
            var wanted = form.Roles.Distinct().ToList();
            if (current.Contains(PortalRoles.Admin) && !wanted.Contains(PortalRoles.Admin) && await IsLastAdministratorAsync(user, cancellationToken))
            {
                return AccountOutcome.Refused(nameof(AccountForm.Roles), "这是唯一的在用系统管理员账户，不能取消其系统管理员角色。");
            }

            if (id == actorId && current.Contains(PortalRoles.Admin) && !wanted.Contains(PortalRoles.Admin))
            {
                return AccountOutcome.Refused(nameof(AccountForm.Roles), "不能取消自己的系统管理员角色，请由其他系统管理员操作。");
            }

            (user.DisplayName, user.AgencyId) = (form.DisplayName!.Trim(), form.AgencyId);
            await users.RemoveFromRolesAsync(user, current.Except(wanted));
            await users.AddToRolesAsync(user, wanted.Except(current));
            await users.UpdateSecurityStampAsync(user); // a demoted or moved account's sessions end within a minute
            return new AccountOutcome([], $"已保存账户 {user.UserName}：{Titles(wanted)}。");
        }, cancellationToken);

    public Task<AccountOutcome> DisableAsync(string id, string actorId, CancellationToken cancellationToken) =>
        RunAsync(id, "account.disable", async user =>
        {
            if (id == actorId)
            {
                return AccountOutcome.Refused("", "不能停用自己的账户。");
            }

            if (await users.IsInRoleAsync(user, PortalRoles.Admin) && await IsLastAdministratorAsync(user, cancellationToken))
            {
                return AccountOutcome.Refused("", "这是唯一的在用系统管理员账户，不能停用。");
            }

            user.DisabledAtUtc ??= Now;
            await users.UpdateSecurityStampAsync(user); // its open sessions end within a minute on every server
            return new AccountOutcome([], $"已停用账户 {user.UserName}：不能再登录，已登录的会话将在一分钟内结束。");
        }, cancellationToken);

    public Task<AccountOutcome> EnableAsync(string id, CancellationToken cancellationToken) =>
        RunAsync(id, "account.enable", user =>
        {
            user.DisabledAtUtc = null;
            return Task.FromResult(new AccountOutcome([], $"已启用账户 {user.UserName}。"));
        }, cancellationToken);

    public Task<AccountOutcome> UnlockAsync(string id, CancellationToken cancellationToken) =>
        RunAsync(id, "account.unlock", async user =>
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            return new AccountOutcome([], $"已解除账户 {user.UserName} 的锁定。");
        }, cancellationToken);

    /// <summary>A one-time password, shown once to the administrator; the holder must change it at the next log-in.</summary>
    public Task<AccountOutcome> ResetPasswordAsync(string id, CancellationToken cancellationToken) =>
        RunAsync(id, "account.reset-password", async user =>
        {
            var password = OneTimePassword();
            await PasswordUpdatedAsync(user);
            await users.RemovePasswordAsync(user);
            var added = await users.AddPasswordAsync(user, password);
            if (!added.Succeeded)
            {
                return Problems(added, "");
            }

            user.MustChangePassword = true;
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            return new AccountOutcome([], $"已重置账户 {user.UserName} 的密码，原密码和已登录的会话失效。本人须用一次性密码登录并立即修改。", password);
        }, cancellationToken);

    /// <summary>For a lost phone: the authenticator and recovery codes are forgotten, and the holder enrols again at the next log-in.</summary>
    public Task<AccountOutcome> ResetTwoFactorAsync(string id, CancellationToken cancellationToken) =>
        RunAsync(id, "account.reset-two-factor", async user =>
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
            user.LastAuthenticatorStep = null;
            return new AccountOutcome([], $"已重置账户 {user.UserName} 的身份验证器：本人下次登录后须重新绑定。");
        }, cancellationToken);

    public Task<AccountOutcome> ChangePasswordAsync(PortalUser holder, ChangePasswordForm form, CancellationToken cancellationToken) =>
        RunAsync(holder.Id, "account.change-password", async user =>
        {
            if (!await users.CheckPasswordAsync(user, form.CurrentPassword!))
            {
                return AccountOutcome.Refused(nameof(ChangePasswordForm.CurrentPassword), "当前密码不正确。");
            }

            var replaced = user.PasswordHash;
            var changed = await users.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
            if (!changed.Succeeded)
            {
                return Problems(changed, nameof(ChangePasswordForm.NewPassword));
            }

            await PortalPasswordValidator.RememberAsync(db, user, replaced, rules.Value.Remembered, Now);
            (user.MustChangePassword, user.PasswordChangedAtUtc) = (false, Now);
            return new AccountOutcome([], "密码已修改。");
        }, cancellationToken);

    /// <summary>Turns on the second factor once the holder proves the app shows the right code; ten recovery codes are shown once.</summary>
    public Task<AccountOutcome> EnrolAsync(PortalUser holder, string code, CancellationToken cancellationToken) =>
        RunAsync(holder.Id, "account.two-factor-enrolled", async user =>
        {
            if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                return AccountOutcome.Refused(nameof(LoginCodeForm.Code), "验证码不正确或已使用过：请输入身份验证器中当前显示的 6 位数字。");
            }

            await users.SetTwoFactorEnabledAsync(user, true);
            var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
            return new AccountOutcome([], "已绑定身份验证器。", RecoveryCodes: codes);
        }, cancellationToken);

    public Task<AccountOutcome> NewRecoveryCodesAsync(PortalUser holder, CancellationToken cancellationToken) =>
        RunAsync(holder.Id, "account.recovery-codes", async user =>
        {
            var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
            return new AccountOutcome([], "已生成新的恢复码，原有恢复码作废。", RecoveryCodes: codes);
        }, cancellationToken);

    /// <summary>The account's authenticator key, made when it has none yet (the enrolment page shows it).</summary>
    public async Task<(string Key, bool Created)> AuthenticatorKeyAsync(PortalUser user)
    {
        if (await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key)
        {
            return (key, false);
        }

        db.Audit.Act("account.authenticator-key", $"{user.UserName} 生成身份验证器密钥");
        await users.ResetAuthenticatorKeyAsync(user);
        return ((await users.GetAuthenticatorKeyAsync(user))!, true);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task<AccountOutcome> RunAsync(string? id, string action, Func<PortalUser, Task<AccountOutcome>> act, CancellationToken cancellationToken)
    {
        var user = id is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (id is not null && user is null)
        {
            return AccountOutcome.Refused("", "账户不存在。");
        }

        store.AutoSaveChanges = false;
        try
        {
            var outcome = await act(user!);
            if (!outcome.Succeeded)
            {
                db.ChangeTracker.Clear();
                return outcome;
            }

            db.Audit.Act(action, outcome.Message);
            await db.SaveChangesAsync(cancellationToken);
            return outcome with { UserId = outcome.UserId ?? id };
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return AccountOutcome.Refused("", "该账户刚被他人修改，请刷新页面后重试。");
        }
        catch (DbUpdateException) when (action == "account.create")
        {
            db.ChangeTracker.Clear();
            return AccountOutcome.Refused(nameof(AccountForm.UserName), "该用户名已被使用。"); // the unique index decided a simultaneous create
        }
        finally
        {
            store.AutoSaveChanges = true;
        }
    }

    private async Task PasswordUpdatedAsync(PortalUser user)
    {
        await PortalPasswordValidator.RememberAsync(db, user, user.PasswordHash, rules.Value.Remembered, Now);
        user.PasswordChangedAtUtc = Now;
    }

    private async Task<AccountOutcome?> AgencyProblemAsync(AccountForm form, CancellationToken cancellationToken) =>
        form.AgencyId is { } agency && !await db.Agencies.AnyAsync(a => a.Id == agency, cancellationToken)
            ? AccountOutcome.Refused(nameof(AccountForm.AgencyId), "所选单位不存在，请重新选择。")
            : null;

    private async Task<bool> IsLastAdministratorAsync(PortalUser user, CancellationToken cancellationToken)
    {
        var admins = await users.GetUsersInRoleAsync(PortalRoles.Admin);
        return !admins.Any(a => a.Id != user.Id && a.DisabledAtUtc is null);
    }

    private static AccountOutcome Problems(IdentityResult result, string field) =>
        new([.. result.Errors.Select(e => new AccountProblem(field, e.Description))]);

    private static string Titles(IEnumerable<string> roles) => string.Join("、", roles.Distinct().Select(PortalRoles.Title));

    /// <summary>12 characters from each of the four kinds, without the ones people misread (0 O 1 l I).</summary>
    internal static string OneTimePassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "@#%+=?";
        var chars = RandomNumberGenerator.GetItems<char>(lower + upper + digits + symbols, 8)
            .Concat([RandomNumberGenerator.GetItems<char>(lower, 1)[0], RandomNumberGenerator.GetItems<char>(upper, 1)[0],
                RandomNumberGenerator.GetItems<char>(digits, 1)[0], RandomNumberGenerator.GetItems<char>(symbols, 1)[0]]).ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
