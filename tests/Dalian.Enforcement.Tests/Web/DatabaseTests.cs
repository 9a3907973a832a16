using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Data.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Web;

public sealed class DatabaseTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqlitePortalDbContext(
            new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --context SqlitePortalDbContext");
    }

    [Fact]
    public void Sql_server_migrations_match_the_model()
    {
        using var db = SqlServerContext();
        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --context SqlServerPortalDbContext");
    }

    [Fact]
    public void Sql_server_idempotent_script_is_generated_offline()
    {
        using var db = SqlServerContext();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Agencies]", script);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script);
        Assert.Contains("IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL", script);
        Assert.Contains("IF NOT EXISTS (\n    SELECT * FROM [__EFMigrationsHistory]", script.ReplaceLineEndings("\n"));
        Assert.Equal(db.Database.GetMigrations().Count(), CountOf(script, "INSERT INTO [__EFMigrationsHistory]"));
    }

    [Fact]
    public async Task Demo_seed_is_idempotent_across_restarts()
    {
        await using var first = new PortalFactory(demo: true);
        var before = await CountsAsync(first);

        await using var second = new PortalFactory(demo: true, new Dictionary<string, string?>
        {
            ["Database:SqlitePath"] = first.DatabasePath,
        });
        var after = await CountsAsync(second);

        Assert.Equal((DemoRegisters.Subjects.Count, DemoSeeder.Accounts.Count, 30), before);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Without_the_demo_setting_there_are_roles_but_no_demo_data_or_accounts()
    {
        await using var factory = new PortalFactory(demo: false);

        Assert.Equal((0, 0, 0), await CountsAsync(factory));
        await using var scope = factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in PortalRoles.All)
        {
            Assert.True(await roles.RoleExistsAsync(role), role);
        }
    }

    [Fact]
    public async Task Staff_accounts_of_the_demo_belong_to_different_agencies()
    {
        await using var factory = new PortalFactory(demo: true);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();

        var staff = await users.GetUsersInRoleAsync(PortalRoles.Staff);

        Assert.Equal(["market.staff", "water.head", "water.staff"], staff.Select(s => s.UserName!).Order(StringComparer.Ordinal));
        Assert.All(staff, s => Assert.NotNull(s.AgencyId));
        var agency = staff.ToDictionary(s => s.UserName!, s => s.AgencyId);
        Assert.NotEqual(agency["water.staff"], agency["market.staff"]);
        Assert.Equal(agency["water.staff"], agency["water.head"]); // the second person who approves a non-disclosure
    }

    private static SqlServerPortalDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerPortalDbContext>()
            .UseSqlServer("Server=offline.invalid;Database=None;TrustServerCertificate=true").Options);

    private static async Task<(int Agencies, int Users, int Officers)> CountsAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await db.Agencies.CountAsync(), await db.Users.CountAsync(), await db.Officers.CountAsync());
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
