using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Web.Features.Lists;
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
    IUserStore<PortalUser> userStore,
    IOptions<DemoOptions> options,
    IOptions<DeadlinePolicy> deadlines,
    IOptions<Domain.Cases.CasePolicy> cases,
    Features.Cases.IRecordStore store,
    Features.Reports.ReportFigures figures,
    LegalClock clock,
    ILogger<DemoSeeder> logger)
{
    public const string SeedUser = "演示数据";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("water.staff", "张晓明", PortalRoles.Staff, DemoRegisters.Water),
        new("market.staff", "李娜", PortalRoles.Staff, DemoRegisters.Market),
        new("water.head", "孙志强", PortalRoles.Staff, DemoRegisters.Water),
        new("reviewer", "王建国", PortalRoles.LegalReviewer, DemoRegisters.Water),
        new("market.reviewer", "周敏", PortalRoles.MarketReviewer, DemoRegisters.Market),
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
        foreach (var (subject, parent) in DemoRegisters.Subjects)
        {
            var tracked = await db.Agencies.SingleAsync(a => a.Name == subject.Name, cancellationToken);
            tracked.EstablishedOn ??= subject.EstablishedOn;
            tracked.ParentId ??= parent is null ? null : agencyIds[parent];
        }

        if (!await db.Officers.AnyAsync(cancellationToken))
        {
            db.Officers.AddRange(DemoRegisters.Officers(name => agencyIds[name], clock.UtcNow).Select(o => o.Officer));
        }

        await db.SaveChangesAsync(cancellationToken);
        if (!await db.ListRevisions.AnyAsync(cancellationToken))
        {
            await SeedListsAsync(agencyIds[DemoRegisters.Water], agencyIds[DemoRegisters.Market], cancellationToken);
        }

        var decisions = await DemoDecisions.SeedAsync(db, deadlines.Value, clock.Today, clock.UtcNow, cancellationToken);
        var calendar = await Features.Calendar.CalendarCache.LoadAsync(db, cancellationToken);
        var caseCount = await new DemoCases(db, store, cases.Value, calendar, clock.Today, clock.UtcNow).SeedAsync(cancellationToken);
        var reports = await DemoReports.SeedAsync(db, figures, agencyIds[DemoRegisters.Water], agencyIds[DemoRegisters.Market], clock.Today, cancellationToken);
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
                CreatedAtUtc = clock.UtcNow,
                PasswordChangedAtUtc = clock.UtcNow,
            };
            if (account.Role == PortalRoles.LegalReviewer)
            {
                (user.LegalQualificationNumber, user.LegalQualifiedOn, user.ReviewingSince) = (DemoCases.ReviewerQualification, new DateOnly(2019, 2, 28), new DateOnly(2022, 3, 1));
            }

            Check(await users.CreateAsync(user, options.Value.Password), account.UserName);
            Check(await users.AddToRoleAsync(user, account.Role), account.UserName);
            if (options.Value.TwoFactor)
            {
                // A fixed key per account (README): the demo shows the real two-step log-in without hiding its secret.
                await ((IUserAuthenticatorKeyStore<PortalUser>)userStore).SetAuthenticatorKeyAsync(user, Features.Account.PortalAuthenticator.DemoKey(account.UserName), cancellationToken);
                Check(await users.SetTwoFactorEnabledAsync(user, true), account.UserName);
            }

            created++;
        }

        logger.LogInformation("Demo seed: {Agencies} agencies, {Decisions} new decisions, {Cases} new cases, {Reports} annual reports, {Created} new demo accounts",
            agencyIds.Count, decisions, caseCount, reports, created);
    }

    /// <summary>The lists go through the real review: drafted, submitted, approved into versions.</summary>
    private async Task SeedListsAsync(int water, int market, CancellationToken cancellationToken)
    {
        const string Justice = "刘芳（区司法局）";
        const string MarketReview = "周敏（区市场监管局）";
        await PublishAsync(water, ListKind.Matters, r => r.SetMatters(DemoLists.WaterMatters(1)), new DateTime(2025, 3, 10, 2, 0, 0, DateTimeKind.Utc), Justice);
        await PublishAsync(water, ListKind.Matters, r => r.SetMatters(DemoLists.WaterMatters(2)), new DateTime(2026, 3, 16, 2, 0, 0, DateTimeKind.Utc), Justice);
        await PublishAsync(water, ListKind.Inspections, r => r.SetInspections(DemoLists.WaterInspections()), new DateTime(2026, 3, 20, 2, 0, 0, DateTimeKind.Utc), MarketReview);
        await PublishAsync(market, ListKind.Inspections, r => r.SetInspections(DemoLists.MarketInspections()), new DateTime(2026, 3, 20, 3, 0, 0, DateTimeKind.Utc), MarketReview);
        await PublishAsync(water, ListKind.ReviewCatalogue, r => r.SetRules(DemoLists.WaterCatalogue(1)), new DateTime(2025, 1, 6, 2, 0, 0, DateTimeKind.Utc), Justice);
        await PublishAsync(water, ListKind.ReviewCatalogue, r => r.SetRules(DemoLists.WaterCatalogue(2)), new DateTime(2026, 3, 16, 3, 0, 0, DateTimeKind.Utc), Justice);

        async Task PublishAsync(int agency, ListKind kind, Func<ListRevision, string?> fill, DateTime approvedAtUtc, string reviewer)
        {
            var revision = new ListRevision { AgencyId = agency, Kind = kind, CreatedAtUtc = approvedAtUtc.AddDays(-5), CreatedBy = SeedUser };
            var problems = new[] { fill(revision) }.OfType<string>().Concat(revision.Submit(approvedAtUtc.AddDays(-3), SeedUser)).ToList();
            if (problems.Count > 0 || await ListPublisher.ApproveAsync(db, revision, approvedAtUtc, reviewer, "经审核，符合要求，同意公布。", cancellationToken) is string)
            {
                throw new InvalidOperationException($"Demo list is invalid: {string.Join("; ", problems)}");
            }

            db.ListRevisions.Add(revision);
            await db.SaveChangesAsync(cancellationToken);
        }
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
