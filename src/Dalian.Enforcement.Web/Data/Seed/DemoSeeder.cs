using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Agencies;
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
    ILogger<DemoSeeder> logger)
{
    public static readonly IReadOnlyList<Agency> Agencies =
    [
        new() { Name = "盘锦市大洼区水利局", ShortName = "区水利局", CreditCode = "11211104001203480Q" },
        new() { Name = "盘锦市大洼区市场监督管理局", ShortName = "区市场监管局", CreditCode = "11211104MB0142765B" },
        new() { Name = "盘锦市大洼区司法局", ShortName = "区司法局", CreditCode = "11211104001203517W" },
    ];

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("water.staff", "张晓明", PortalRoles.Staff, "盘锦市大洼区水利局"),
        new("market.staff", "李娜", PortalRoles.Staff, "盘锦市大洼区市场监督管理局"),
        new("reviewer", "王建国", PortalRoles.LegalReviewer, "盘锦市大洼区水利局"),
        new("supervisor", "刘芳", PortalRoles.Supervisor, "盘锦市大洼区司法局"),
        new("auditor", "陈静", PortalRoles.Auditor, null),
        new("admin", "赵磊", PortalRoles.Admin, null),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var existing = await db.Agencies.Select(a => a.Name).ToListAsync(cancellationToken);
        db.Agencies.AddRange(Agencies.Where(a => !existing.Contains(a.Name))
            .Select(a => new Agency { Name = a.Name, ShortName = a.ShortName, CreditCode = a.CreditCode }));
        await db.SaveChangesAsync(cancellationToken);

        var agencyIds = await db.Agencies.ToDictionaryAsync(a => a.Name, a => a.Id, cancellationToken);
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
