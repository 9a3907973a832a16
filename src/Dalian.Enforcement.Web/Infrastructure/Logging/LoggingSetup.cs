using Serilog;
using Serilog.Events;

namespace Dalian.Enforcement.Web.Infrastructure.Logging;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog to the console and to a rolling file. Files roll daily and at 50 MB, and are kept
    /// for 184 days (网络安全法 art. 21: network logs are kept for at least six months). Personal
    /// data is masked in every event before any sink sees it.
    /// </summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: each host (and each parallel test host) keeps its own logger.
        builder.Services.AddSerilog((services, logger) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var environment = services.GetRequiredService<IHostEnvironment>();
            var directory = Path.GetFullPath(Path.Combine(
                environment.ContentRootPath, configuration["Logs:Directory"] ?? "logs"));
            var retainedDays = configuration.GetValue("Logs:RetainedDays", 184);

            logger
                .ReadFrom.Configuration(configuration)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .Enrich.With<PersonalDataRedactor>()
                .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
                .WriteTo.File(
                    Path.Combine(directory, "portal-.log"),
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                    rollingInterval: RollingInterval.Day,
                    fileSizeLimitBytes: 50 * 1024 * 1024,
                    rollOnFileSizeLimit: true,
                    retainedFileCountLimit: null,
                    retainedFileTimeLimit: TimeSpan.FromDays(retainedDays),
                    shared: true);
        }, preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One line per request (method, path without query string, status, time) through this host's logger.</summary>
    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(o => o.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>());
}
