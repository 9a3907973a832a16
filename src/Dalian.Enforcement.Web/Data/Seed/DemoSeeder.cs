using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Data.Seed;

/// <summary>
/// Seeds a fictional demo of 盘锦市大洼区 (the district of the source plan). Idempotent: each
/// record is looked up by its natural key first, so restarting changes nothing. Later features add
/// their own records here.
/// </summary>
public sealed class DemoSeeder(
    PortalDbContext db,
    UserManager<PortalUser> users,
    IOptions<DemoOptions> options,
    LegalClock clock,
    ILogger<DemoSeeder> logger)
{
    public const string SeedUser = "演示数据";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("water.staff", "张晓明", PortalRoles.Staff, DemoRegisters.Water),
        new("market.staff", "李娜", PortalRoles.Staff, DemoRegisters.Market),
        new("reviewer", "王建国", PortalRoles.LegalReviewer, DemoRegisters.Water),
        new("supervisor", "刘芳", PortalRoles.Supervisor, DemoRegisters.Justice),
        new("auditor", "陈静", PortalRoles.Auditor, null),
        new("admin", "赵磊", PortalRoles.Admin, null),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var existing = await db.Agencies.Select(a => a.Name).ToListAsync(cancellationToken);
        db.Agencies.AddRange(DemoRegisters.Subjects.Select(s => s.Subject).Where(a => !existing.Contains(a.Name)));
        await db.SaveChangesAsync(cancellationToken);

        var agencyIds = await db.Agencies.ToDictionaryAsync(a => a.Name, a => a.Id, cancellationToken);
        foreach (var (subject, parent) in DemoRegisters.Subjects.Where(s => s.Parent is not null))
        {
            var tracked = await db.Agencies.SingleAsync(a => a.Name == subject.Name, cancellationToken);
            tracked.ParentId ??= agencyIds[parent!];
        }

        if (!await db.Officers.AnyAsync(cancellationToken))
        {
            db.Officers.AddRange(DemoRegisters.Officers(name => agencyIds[name], clock.UtcNow).Select(o => o.Officer));
        }

        await db.SaveChangesAsync(cancellationToken);
        var created = 0;
        foreach (var account in Accounts)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }

            var user = new PortalUser
            {
                UserName = account.UserName,
                DisplayName = account.DisplayName,
                AgencyId = account.Agency is null ? null : agencyIds[account.Agency],
                EmailConfirmed = true,
            };
            Check(await users.CreateAsync(user, options.Value.Password), account.UserName);
            Check(await users.AddToRoleAsync(user, account.Role), account.UserName);
            created++;
        }

        logger.LogInformation("Demo seed: {Agencies} agencies, {Created} new demo accounts", agencyIds.Count, created);
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo account {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}

public sealed record DemoAccount(string UserName, string DisplayName, string Role, string? Agency);
