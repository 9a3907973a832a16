using System.Diagnostics;
using System.Globalization;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features;
using Dalian.Enforcement.Web.Features.Audit;
using Dalian.Enforcement.Web.Features.Reports;
using Dalian.Enforcement.Web.Infrastructure.Web;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Dalian.Enforcement.Benchmarks;

/// <summary>
/// One agency-year's annual-report figures over N decisions in a SQLite file made by the real migrations, through the portal's own
/// services (<see cref="ReportFigures"/>: the narrow queries and the domain's counting). Prints the median of five runs; asserts nothing.
/// </summary>
internal static class ReportBenchmark
{
    public static async Task RunAsync(int count)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"dalian-report-benchmark-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "portal.db");
        try
        {
            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite", ["Database:SqlitePath"] = path, ["Records:Directory"] = Path.Combine(directory, "records"),
            }).Build();
            var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config)
                .AddSingleton<IHostEnvironment>(new Environment(directory));
            services.AddPortalWeb(config).AddPortalData(config).AddPortalAccounts(config).AddPortalFeatures(config).AddPortalAudit(config);
            await using var provider = services.BuildServiceProvider();
            using (var scope = provider.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.MigrateAsync();
            }

            var connection = new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = false }.ToString();
            var load = Stopwatch.StartNew();
            var (agencies, _) = await SearchBenchmark.LoadAsync(connection, count);
            Print($"loaded {count:N0} decisions in {load.Elapsed.TotalSeconds:F0} s");

            foreach (var year in new[] { 2025, 2020 })
            {
                var times = new List<double>();
                var total = 0m;
                for (var run = 0; run <= 5; run++)
                {
                    using var scope = provider.CreateScope();
                    var watch = Stopwatch.StartNew();
                    var figures = await scope.ServiceProvider.GetRequiredService<ReportFigures>().ComputeAsync((int)agencies[3], year, default);
                    if (run > 0)
                    {
                        times.Add(watch.Elapsed.TotalMilliseconds);
                    }

                    total = figures.DecisionsPerMonth.Sum();
                }

                times.Sort();
                Print($"figures of one agency-year ({year}, {total:N0} decisions of {count:N0}): median {times[2]:F0} ms, best {times[0]:F0} ms, slowest {times[^1]:F0} ms");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development"; // the transparency key is generated, not required

        public string ApplicationName { get; set; } = "Dalian.Enforcement.Web";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
