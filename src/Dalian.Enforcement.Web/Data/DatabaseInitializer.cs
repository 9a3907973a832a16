using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Web.Data.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Data;

public static class DatabaseInitializer
{
    /// <summary>
    /// Applies migrations when configured (EF Core takes a database lock, so several servers
    /// starting together are safe), makes sure the roles exist, then seeds the demo when it is
    /// switched on. Never EnsureCreated.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
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

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
        {
            await services.GetRequiredService<DemoSeeder>().SeedAsync();
        }
    }
}
