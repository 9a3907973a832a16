using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Data;

public static class DataSetup
{
    /// <summary>
    /// Registers <see cref="PortalDbContext"/> on the configured provider. The options are read when a
    /// context is first made, not at registration, so that test hosts can override them.
    /// </summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));

        services.AddDbContext<SqlitePortalDbContext>((sp, options) =>
            options.UseSqlite(SqliteConnectionString(sp)));
        services.AddDbContext<SqlServerPortalDbContext>((sp, options) =>
            options.UseSqlServer(SqlServerConnectionString(sp)));

        services.AddScoped<PortalDbContext>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider switch
            {
                DatabaseProvider.SqlServer => sp.GetRequiredService<SqlServerPortalDbContext>(),
                _ => sp.GetRequiredService<SqlitePortalDbContext>(),
            });
        return services;
    }

    private static string SqliteConnectionString(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
        var path = Path.GetFullPath(Path.Combine(root, options.SqlitePath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = true }.ToString();
    }

    private static string SqlServerConnectionString(IServiceProvider sp) =>
        sp.GetRequiredService<IConfiguration>().GetConnectionString("SqlServer") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "Database:Provider 为 SqlServer 时必须配置 ConnectionStrings:SqlServer。");
}
