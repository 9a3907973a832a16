using System.Diagnostics;
using Dalian.Enforcement.Domain.Audit;
using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Audit;
using Dalian.Enforcement.Web.Features.Transparency;
using Dalian.Enforcement.Web.Infrastructure;
using Dalian.Enforcement.Web.Infrastructure.Keys;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Benchmarks;

/// <summary>
/// The audit trail and the transparency log at N events and N leaves in a migrated SQLite file: appending one
/// event through the real save, an inclusion and a consistency proof, and verifying everything. Prints medians; asserts nothing.
/// </summary>
internal static class AuditBenchmark
{
    public static async Task RunAsync(int count)
    {
        var root = Path.Combine(Path.GetTempPath(), $"dalian-audit-benchmark-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(root, "portal.db") }.ToString();
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(connection).Options;
        var keys = new PortalKeys(new TransparencyOptions { Directory = root, GenerateMissingKeys = true }, root);
        var clock = new LegalClock(TimeProvider.System, Options.Create(new PortalOptions()));
        try
        {
            await using (var db = new SqlitePortalDbContext(options))
            {
                await db.Database.MigrateAsync();
            }

            var load = Stopwatch.StartNew();
            await LoadAsync(connection, count);
            Print($"loaded {count:N0} chained events and {count:N0} leaves in {load.Elapsed.TotalSeconds:F0} s; file {new FileInfo(Path.Combine(root, "portal.db")).Length / 1e6:F0} MB");

            await MeasureAsync("append one event (real save, head lock, chain)", 50, async () =>
            {
                await using var db = new SqlitePortalDbContext(options, new AuditContext(new Microsoft.AspNetCore.Http.HttpContextAccessor(), clock, keys));
                db.Audit.Record("benchmark.append", "Benchmark", "1", "benchmark", []);
                await db.SaveChangesAsync();
            });
            await MeasureAsync("append one public act (event-free leaf + nodes)", 50, async () =>
            {
                await using var db = new SqlitePortalDbContext(options, new AuditContext(new Microsoft.AspNetCore.Http.HttpContextAccessor(), clock, keys));
                db.Audit.Log(LogActs.Published, 1, c => TransparencyEntry.AuditHeadAct(c.AtUtc, c.Date, c.Sequence, c.ChainHash));
                await db.SaveChangesAsync();
            });
            var random = new Random(1);
            await MeasureAsync($"inclusion proof at {count:N0} leaves", 50, async () =>
            {
                await using var db = new SqlitePortalDbContext(options);
                var log = new TransparencyLog(db, keys, clock, NullLogger<TransparencyLog>.Instance);
                await log.InclusionAsync(random.Next(count), count, default);
            });
            await MeasureAsync($"consistency proof {count / 2:N0} → {count:N0}", 50, async () =>
            {
                await using var db = new SqlitePortalDbContext(options);
                var log = new TransparencyLog(db, keys, clock, NullLogger<TransparencyLog>.Instance);
                await log.ConsistencyAsync(random.Next(1, count), count, default);
            });
            await MeasureAsync($"verify everything ({count:N0} events, {count:N0} leaves)", 1, async () =>
            {
                await using var db = new SqlitePortalDbContext(options);
                var report = await new AuditVerifier(db, new TransparencyLog(db, keys, clock, NullLogger<TransparencyLog>.Instance), keys).VerifyAsync(default);
                Print($"  verified: {report.Events:N0} events, {report.Leaves:N0} leaves, intact {report.Intact}");
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Writes the chain and the log directly, exactly as the appender would (same hashes), in one transaction.</summary>
    private static async Task LoadAsync(string connectionString, int count)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var insertEvent = connection.CreateCommand();
        insertEvent.CommandText = """
            INSERT INTO AuditEvents (Sequence, AtUtc, LegalDate, ActorId, ActorName, ActorRole, ActorAgencyId, ClientAddress, Action, EntityType, EntityId, Summary, Change, PreviousHash, Hash)
            VALUES ($s, $at, $date, 'u1', 'water.staff', 'Staff', 1, '10.0.0.1', 'decision.publish', 'Decision', $id, '公开', $change, $prev, $hash)
            """;
        var insertLeaf = connection.CreateCommand();
        insertLeaf.CommandText = "INSERT INTO TransparencyEntries (\"Index\", AtUtc, Act, DecisionId, Bytes, LeafHash) VALUES ($i, $at, 'decision.published', $i, $bytes, $leaf)";
        var insertNode = connection.CreateCommand();
        insertNode.CommandText = "INSERT INTO TransparencyNodes (Key, Hash) VALUES ($k, $h)";
        var nodes = new Dictionary<long, byte[]>();
        var previous = AuditEvent.Genesis;
        var start = new DateTime(2020, 1, 1, 1, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            var at = start.AddSeconds(i);
            var change = $"{{\"State\":{{\"from\":\"Decided\",\"to\":\"Published\"}},\"PublishedOn\":{{\"from\":null,\"to\":\"{DateOnly.FromDateTime(at):yyyy-MM-dd}\"}}}}";
            var bytes = AuditEvent.CanonicalBytes(i + 1, at, DateOnly.FromDateTime(at), "u1", "water.staff", "Staff", 1, "10.0.0.1", "decision.publish", "Decision", $"{i}", "公开", change);
            var hash = AuditEvent.ChainHash(previous, bytes);
            Run(insertEvent, transaction, ("$s", i + 1), ("$at", at), ("$date", DateOnly.FromDateTime(at)), ("$id", $"{i}"), ("$change", change), ("$prev", previous), ("$hash", hash));
            previous = hash;

            var entry = TransparencyEntry.DecisionAct(LogActs.Published, at, DateOnly.FromDateTime(at), 1, "盘锦市大洼区水利局", i, $"大洼水罚〔2026〕{i}号", hash);
            var leaf = MerkleTree.LeafHash(entry);
            Run(insertLeaf, transaction, ("$i", i), ("$at", at), ("$bytes", entry), ("$leaf", leaf));
            foreach (var (key, node) in MerkleTree.NewNodes(i, leaf, k => nodes[k.Packed]))
            {
                nodes[key.Packed] = node;
                Run(insertNode, transaction, ("$k", key.Packed), ("$h", node));
            }

            // Only the left siblings a later append reads are kept in memory.
            nodes.Remove(new NodeKey(0, i - 2).Packed);
        }

        var head = connection.CreateCommand();
        head.Transaction = transaction;
        head.CommandText = "UPDATE AuditHeads SET Sequence = $s, Hash = $h, LogSize = $n";
        head.Parameters.AddWithValue("$s", count);
        head.Parameters.AddWithValue("$h", previous);
        head.Parameters.AddWithValue("$n", count);
        await head.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    private static void Run(SqliteCommand command, SqliteTransaction transaction, params (string Name, object Value)[] values)
    {
        command.Transaction = transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    private static async Task MeasureAsync(string name, int runs, Func<Task> run)
    {
        await run(); // warm-up
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Print($"{name,-55} median {times[times.Count / 2],9:F2} ms   max {times[^1],9:F2} ms");
    }

    private static void Print(string line) => Console.WriteLine(line);
}
