using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Account;

/// <summary>Identity's check of a new password: the rules of <see cref="PasswordRules"/>, then none of the last few passwords.</summary>
public sealed class PortalPasswordValidator(IOptions<PasswordRules> options, PortalDbContext db) : IPasswordValidator<PortalUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        var rules = options.Value;
        var problems = rules.Problems(password ?? "").ToList();
        if (problems.Count == 0 && rules.Remembered > 0 && user.Id is { } id)
        {
            var earlier = await db.PasswordHistory.AsNoTracking().Where(h => h.UserId == id)
                .OrderByDescending(h => h.ChangedAtUtc).Select(h => h.PasswordHash).Take(rules.Remembered - 1).ToListAsync();
            if (user.PasswordHash is { } current)
            {
                earlier.Insert(0, current);
            }

            if (earlier.Any(hash => manager.PasswordHasher.VerifyHashedPassword(user, hash, password!) != PasswordVerificationResult.Failed))
            {
                problems.Add($"不能与最近 {rules.Remembered} 次使用过的密码相同。");
            }
        }

        return problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. problems.Select(p => new IdentityError { Code = "PasswordRules", Description = p })]);
    }

    /// <summary>Keeps the password being replaced, so that it is not used again, and forgets the ones beyond the rule.</summary>
    public static async Task RememberAsync(PortalDbContext db, PortalUser user, string? replacedHash, int remembered, DateTime nowUtc)
    {
        if (replacedHash is null || remembered <= 1)
        {
            return;
        }

        db.PasswordHistory.Add(new PasswordHistoryEntry { UserId = user.Id, PasswordHash = replacedHash, ChangedAtUtc = nowUtc });
        var old = await db.PasswordHistory.Where(h => h.UserId == user.Id).OrderByDescending(h => h.ChangedAtUtc).Skip(remembered - 2).ToListAsync();
        db.PasswordHistory.RemoveRange(old);
    }
}
