using Dalian.Enforcement.Web.Data.Seed;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Data;

public static class DatabaseInitializer
{
    /// <summary>
    /// Applies migrations when configured (EF Core takes a database lock, so several servers
    /// starting together are safe), loads the official calendar into an empty database, then seeds
    /// the demo when it is switched on. Never EnsureCreated.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        try
        {
            await InitializeAsync(app.Services);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or DbUpdateException or TimeoutException or InvalidOperationException)
        {
            // The process stays up: /health/live answers and /health/ready reports 503 until the database is usable.
            app.Logger.LogError(ex, "Database initialisation failed; the portal starts without it");
        }
    }

    private static async Task InitializeAsync(IServiceProvider root)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var db = services.GetRequiredService<PortalDbContext>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

        if (options.ShouldMigrateOnStartup)
        {
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                // Write-ahead logging lets readers continue while one writer commits.
                await db.Database.OpenConnectionAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
                await db.Database.CloseConnectionAsync();
            }

            var pending = (await db.Database.GetPendingMigrationsAsync()).Count();
            await db.Database.MigrateAsync();
            logger.LogInformation("Database {Provider}: {Count} migrations applied at start-up", options.Provider, pending);
        }
        else if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            logger.LogWarning("Database {Provider} has pending migrations and MigrateOnStartup is off: "
                + "apply the migration script, then restart. /health/ready answers 503 until then.", options.Provider);
            return;
        }

        if (await Features.Audit.AuditLegacyImport.RunAsync(db) is > 0 and var moved)
        {
            logger.LogInformation("Audit trail: {Count} earlier change records moved into the chain", moved);
        }

        if (await Features.Decisions.IndexedTextBackfill.RunAsync(db) is > 0 and var indexed)
        {
            logger.LogInformation("Search: {Count} decisions written before the normalised index were indexed", indexed);
        }

        // Reference data every installation needs; the roles come with the migrations themselves.
        await CalendarSeeder.SeedAsync(db, services.GetRequiredService<LegalClock>());

        if (services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
        {
            await services.GetRequiredService<DemoSeeder>().SeedAsync();
        }
    }
}
