using System.Diagnostics;
using System.Globalization;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Decisions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Benchmarks;

/// <summary>
/// The public decision search over N published decisions in a SQLite file made by the real migrations
/// (FTS5 trigram index and its triggers included). Prints the median of five runs per query; asserts nothing.
/// </summary>
internal static class SearchBenchmark
{
    private static readonly string[] s_violations =
    [
        "未经批准擅自取水", "未按规定安装取水计量设施", "非法采砂", "在河道管理范围内建设妨碍行洪的建筑物", "未按规定缴纳水资源费",
        "销售不合格产品", "未取得食品经营许可从事食品经营", "虚假宣传", "计量器具未经检定", "无照经营",
    ];

    private const string Pool = "东西南北中华盛兴隆昌泰安康鑫源丰达利通恒信宏伟金银海江河湖山林田禾水产渔牧农业";

    public static async Task RunAsync(int count)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dalian-search-benchmark-{Guid.NewGuid():N}.db");
        var connection = new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = false }.ToString();
        try
        {
            var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(connection).Options;
            await using (var db = new SqlitePortalDbContext(options))
            {
                await db.Database.MigrateAsync();
            }

            var load = Stopwatch.StartNew();
            var (agencies, parties) = await LoadAsync(connection, count);
            Print($"loaded {count:N0} published decisions in {load.Elapsed.TotalSeconds:F0} s; file {new FileInfo(path).Length / 1e6:F0} MB");

            var today = new DateOnly(2026, 11, 26);
            var cases = new (string Name, DecisionQuery Query)[]
            {
                ("newest first, no filter", new DecisionQuery()),
                ("one agency", new DecisionQuery { Agency = $"{agencies[3]}" }),
                ("category + one month", new DecisionQuery { Category = "Penalty", From = "2024-03-01", To = "2024-03-31" }),
                ("keyword, common (有限公司)", new DecisionQuery { Q = "有限公司" }),
                ("keyword, violation (非法采砂)", new DecisionQuery { Q = "非法采砂" }),
                ("keyword, one party", new DecisionQuery { Q = parties[count / 2] }),
                ("keyword, two characters (水产)", new DecisionQuery { Q = "水产" }),
                ("keyword, two characters, every row (罚款)", new DecisionQuery { Q = "罚款" }),
                ("keyword, common, page 50", new DecisionQuery { Q = "有限公司", After = "2019-03-01.1" }),
                ("keyword, two characters, rare", new DecisionQuery { Q = parties[count / 3][2..4] }),
                ("keyword + agency + year", new DecisionQuery { Q = "取水", Agency = $"{agencies[1]}", From = "2025-01-01", To = "2025-12-31" }),
                ("keyword, no match (不存在的词)", new DecisionQuery { Q = "不存在的词" }),
            };
            foreach (var (name, query) in cases)
            {
                await MeasureAsync(name, options, today, query);
            }

            // Page 200 by following the keyset cursor: each page costs the same as the first.
            await using var paging = new SqlitePortalDbContext(options);
            var search = new DecisionSearch(paging, new SqliteDecisionKeywordIndex());
            var cursor = (string?)null;
            var watch = Stopwatch.StartNew();
            var times = new List<double>();
            for (var page = 1; page <= 200; page++)
            {
                var lap = Stopwatch.StartNew();
                cursor = (await search.SearchAsync(new DecisionQuery { After = cursor }, today, default)).Next;
                times.Add(lap.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Print($"{"200 pages by cursor",-34} median page {times[100],7:F2} ms, slowest {times[^1],7:F2} ms, total {watch.Elapsed.TotalMilliseconds:F0} ms");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }
    }

    private static async Task MeasureAsync(string name, DbContextOptions<SqlitePortalDbContext> options, DateOnly today, DecisionQuery query)
    {
        var times = new List<double>();
        var rows = 0;
        for (var run = 0; run <= 5; run++)
        {
            await using var db = new SqlitePortalDbContext(options);
            var watch = Stopwatch.StartNew();
            var results = await new DecisionSearch(db, new SqliteDecisionKeywordIndex()).SearchAsync(query, today, default);
            if (run > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            rows = results.Rows.Count;
        }

        times.Sort();
        Print($"{name,-34} median {times[2],8:F2} ms, best {times[0],8:F2} ms, {rows} rows on the first page");
    }

    /// <summary>Agencies, one matter, then N published decisions through prepared INSERTs (the search triggers fire for each).</summary>
    internal static async Task<(List<long> Agencies, List<string> Parties)> LoadAsync(string connectionString, int count)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        var agencies = new List<long>();
        for (var i = 0; i < 8; i++)
        {
            agencies.Add(await Scalar(connection, $"INSERT INTO Agencies (Name, ShortName, CreditCode, Stamp, Kind, LegalBasis, Duties, Address, Phone, SupervisionPhone, ReconsiderationBody, Court) VALUES ('基准测试局{i}', '基准{i}', '{i:D18}', 0, 'StatutoryAgency', '', '', '', '', '', '', ''); SELECT last_insert_rowid();"));
        }

        var matter = await Scalar(connection, $"INSERT INTO Matters (AgencyId, Code, Name, Category, Active, Version, ContentJson) VALUES ({agencies[0]}, 'B-1', '基准事项', 'Penalty', 1, 1, '{{}}'); SELECT last_insert_rowid();");
        var columns = new List<(string Name, string Type, bool NotNull)>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "PRAGMA table_info(Decisions)";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(1), reader.GetString(2), reader.GetInt32(3) == 1));
            }
        }

        string[] given = ["AgencyId", "MatterId", "Category", "State", "PartyName", "PublicPartyName", "PartyKind", "DocumentNumber", "DecisionDate", "ViolationType", "Content", "PublishedOn", "IndexedText"];
        var filled = columns.Where(c => c.NotNull && c.Name != "Id" && !given.Contains(c.Name)).ToList();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO Decisions ({string.Join(", ", given.Concat(filled.Select(c => c.Name)))}) VALUES ({string.Join(", ", given.Select(g => "$" + g).Concat(filled.Select(c => c.Type == "TEXT" ? "''" : "0")))})";
        var parameters = given.ToDictionary(g => g, g => insert.Parameters.Add(new SqliteParameter("$" + g, null)));
        insert.Prepare();

        var random = new Random(20261126);
        var parties = new List<string>(count);
        var first = new DateOnly(2019, 1, 1).DayNumber;
        var categories = new[] { "Penalty", "Penalty", "Penalty", "Licensing", "Licensing", "Inspection", "Coercion" };
        for (var i = 0; i < count; i++)
        {
            var party = $"盘锦{Pool[random.Next(Pool.Length)]}{Pool[random.Next(Pool.Length)]}{Pool[random.Next(Pool.Length)]}{Pool[random.Next(Pool.Length)]}{(random.Next(3) == 0 ? "水产养殖" : "商贸")}有限公司";
            parties.Add(party);
            var date = DateOnly.FromDayNumber(first + random.Next(2886));
            var violation = s_violations[random.Next(s_violations.Length)];
            parameters["AgencyId"].Value = agencies[random.Next(agencies.Count)];
            parameters["MatterId"].Value = matter;
            parameters["Category"].Value = categories[random.Next(categories.Length)];
            parameters["State"].Value = "Published";
            parameters["PartyName"].Value = party;
            parameters["PublicPartyName"].Value = party;
            parameters["PartyKind"].Value = "Organisation";
            parameters["DocumentNumber"].Value = $"大洼罚〔{date.Year}〕{i}号";
            parameters["DecisionDate"].Value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            parameters["ViolationType"].Value = violation;
            parameters["Content"].Value = $"当事人{violation}，责令改正，罚款{random.Next(1, 500) * 100}元。";
            parameters["PublishedOn"].Value = date.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            parameters["IndexedText"].Value = string.Join(' ', new[] { party, (string)parameters["DocumentNumber"].Value!, violation, (string)parameters["Content"].Value! }
                .Select(Dalian.Enforcement.Domain.Decisions.SearchText.Normalize));
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        await Execute(connection, "ANALYZE; PRAGMA optimize;");
        return (agencies, parties);
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
