using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Agencies;
using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Domain.Officers;
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
public abstract class PortalDbContext(DbContextOptions options)
    : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<CalendarChange> CalendarChanges => Set<CalendarChange>();

    public DbSet<CalendarRevision> CalendarRevisions => Set<CalendarRevision>();

    public DbSet<Deadline> Deadlines => Set<Deadline>();

    public DbSet<Decision> Decisions => Set<Decision>();

    public DbSet<Officer> Officers => Set<Officer>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<ListRevision> ListRevisions => Set<ListRevision>();

    public DbSet<Matter> Matters => Set<Matter>();

    /// <summary>Every change to a subject or an officer record: who, when, what (each change recorded).</summary>
    public DbSet<RegisterChange> RegisterChanges => Set<RegisterChange>();

    /// <summary>Cookie and antiforgery keys, shared by every web server of the portal.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

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
public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options);

/// <summary>The production database. Migrations live in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options) : PortalDbContext(options);
