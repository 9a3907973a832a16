using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Agencies;
using Dalian.Enforcement.Domain.Audit;
using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Domain.Officers;
using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Web.Features.Audit;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Data;

/// <summary>
/// The portal's one context. Each database provider derives its own type (<see cref="SqlitePortalDbContext"/>,
/// <see cref="SqlServerPortalDbContext"/>) so that each keeps its own migrations and model snapshot;
/// the application only ever asks for <see cref="PortalDbContext"/>. See docs/adr/0003.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options, AuditContext? audit)
    : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    private bool _appending;

    /// <summary>What the next save adds to the audit trail and the transparency log beyond its own changes.</summary>
    public AuditScope Audit { get; } = new();

    /// <summary>The append-only audit trail: every change of the portal, hash-chained (docs/adr/0012).</summary>
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();

    /// <summary>The public transparency log's leaves, its stored subtree hashes and its signed checkpoints.</summary>
    public DbSet<TransparencyEntry> TransparencyEntries => Set<TransparencyEntry>();

    public DbSet<TransparencyNode> TransparencyNodes => Set<TransparencyNode>();

    public DbSet<TransparencyCheckpoint> TransparencyCheckpoints => Set<TransparencyCheckpoint>();

    public DbSet<Agency> Agencies => Set<Agency>();

    /// <summary>Hashes of accounts' earlier passwords (never in the audit trail).</summary>
    public DbSet<PasswordHistoryEntry> PasswordHistory => Set<PasswordHistoryEntry>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<CalendarChange> CalendarChanges => Set<CalendarChange>();

    public DbSet<CalendarRevision> CalendarRevisions => Set<CalendarRevision>();

    public DbSet<Deadline> Deadlines => Set<Deadline>();

    public DbSet<Decision> Decisions => Set<Decision>();

    /// <summary>The cases behind decisions (whole-process recording): stages, records and each agency's audio-video list.</summary>
    public DbSet<EnforcementCase> Cases => Set<EnforcementCase>();

    public DbSet<CaseStage> CaseStages => Set<CaseStage>();

    /// <summary>The rounds of legal review of major decisions (重大执法决定法制审核).</summary>
    public DbSet<Domain.Reviews.LegalReview> LegalReviews => Set<Domain.Reviews.LegalReview>();

    public DbSet<Domain.Reports.AnnualReport> AnnualReports => Set<Domain.Reports.AnnualReport>();

    public DbSet<Domain.Decisions.DecisionChallenge> DecisionChallenges => Set<Domain.Decisions.DecisionChallenge>();

    public DbSet<CaseRecord> CaseRecords => Set<CaseRecord>();

    public DbSet<AvRule> AvRules => Set<AvRule>();

    public DbSet<Officer> Officers => Set<Officer>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<ListRevision> ListRevisions => Set<ListRevision>();

    public DbSet<Matter> Matters => Set<Matter>();

    /// <summary>The register changes recorded before the audit trail; moved into it at start-up (<see cref="AuditLegacyImport"/>).</summary>
    public DbSet<RegisterChange> RegisterChanges => Set<RegisterChange>();

    /// <summary>Cookie and antiforgery keys, shared by every web server of the portal.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Every save writes its audit events (and any transparency-log leaves) in the same transaction as its
    /// changes: the changes are read from the change tracker, so no code path can skip the trail.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (_appending)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var pending = AuditChanges.Capture(ChangeTracker);
        if (pending.Count == 0 && Audit.IsEmpty)
        {
            Audit.Clear(); // a name given to a save that changed nothing must not label the next one
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        _appending = true;
        try
        {
            await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            await AuditAppender.LockAsync(this, cancellationToken);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var owners = await AuditChanges.DeadlineOwnersAsync(this, pending, cancellationToken);
            var changes = AuditChanges.Group(pending, ChangeTracker, audit?.PseudonymKey ?? [], owners);
            await AuditAppender.AppendAsync(this, changes, Audit, audit, cancellationToken);
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            Audit.Clear();
            return saved;
        }
        finally
        {
            _appending = false;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);

        // The roles are part of the schema: created by the migration, so servers starting together never race.
        builder.Entity<IdentityRole>().HasData(PortalRoles.All.Select(role => new IdentityRole
        {
            Id = $"role-{role.ToLowerInvariant()}",
            Name = role,
            NormalizedName = role.ToUpperInvariant(),
            ConcurrencyStamp = $"role-{role.ToLowerInvariant()}",
        }));
    }
}

/// <summary>The embedded default: a SQLite file. Migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options, AuditContext? audit = null) : PortalDbContext(options, audit);

/// <summary>The production database. Migrations live in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options, AuditContext? audit = null) : PortalDbContext(options, audit);
