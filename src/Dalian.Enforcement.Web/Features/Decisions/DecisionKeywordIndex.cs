using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>A decision's place in the public order: newest decision date first, then highest id.</summary>
public readonly record struct DecisionKey(DateOnly DecisionDate, long Id);

/// <summary>
/// The database's own full-text index over the published text of decisions (public party name,
/// document number, violation type, content): SQLite FTS5 with the trigram tokenizer on the embedded
/// database, SQL Server full-text on the production path. Never a LIKE over the table. See docs/adr/0010.
/// </summary>
public interface IDecisionKeywordIndex
{
    /// <summary>
    /// Up to <paramref name="limit"/> decisions whose indexed text contains every term (each at least two
    /// characters), newest first, decided within [first, last] and before <paramref name="before"/>. Null when a
    /// term is too common for the index to answer it completely (the caller asks for a longer term).
    /// </summary>
    Task<IReadOnlyList<DecisionKey>?> NewestAsync(PortalDbContext db, IReadOnlyList<string> terms, DateOnly? first, DateOnly? last,
        DecisionKey? before, int limit, CancellationToken cancellationToken);
}

/// <summary>
/// FTS5 trigram. The index's rowid is the decision's place in the public order (day number × 2³² + id), so
/// the index itself returns the newest matches first and stops after <c>limit</c>: a term found in most
/// decisions costs no more than a rare one. A term of three or more characters is a phrase query. A trigram
/// index cannot match two characters directly, so a two-character term becomes the OR of the indexed trigrams
/// that begin with it (every indexed value ends with a space, so each two-character substring begins one).
/// </summary>
public sealed class SqliteDecisionKeywordIndex : IDecisionKeywordIndex
{
    /// <summary>A two-character term followed by this many different characters is refused as too broad, never cut short.</summary>
    private const int MaxExpansion = 2000;

    public const string Table = "DecisionSearch";

    /// <summary>
    /// The index and the triggers that keep it in step with Decisions. EF rebuilds a SQLite table for some
    /// schema changes and drops its triggers: a migration that rebuilds Decisions must run this again.
    /// </summary>
    public const string CreateSql = """
        CREATE VIRTUAL TABLE DecisionSearch USING fts5(PublicPartyName, DocumentNumber, ViolationType, Content, content='', tokenize='trigram');
        CREATE VIRTUAL TABLE DecisionSearchVocab USING fts5vocab(DecisionSearch, 'row');
        CREATE TRIGGER Decisions_search_insert AFTER INSERT ON Decisions BEGIN
          INSERT INTO DecisionSearch(rowid, PublicPartyName, DocumentNumber, ViolationType, Content)
          VALUES (CAST(julianday(new.DecisionDate) - 1721425.5 AS INTEGER) * 4294967296 + new.Id,
                  new.PublicPartyName || ' ', new.DocumentNumber || ' ', new.ViolationType || ' ', new.Content || ' ');
        END;
        CREATE TRIGGER Decisions_search_delete AFTER DELETE ON Decisions BEGIN
          INSERT INTO DecisionSearch(DecisionSearch, rowid, PublicPartyName, DocumentNumber, ViolationType, Content)
          VALUES ('delete', CAST(julianday(old.DecisionDate) - 1721425.5 AS INTEGER) * 4294967296 + old.Id,
                  old.PublicPartyName || ' ', old.DocumentNumber || ' ', old.ViolationType || ' ', old.Content || ' ');
        END;
        CREATE TRIGGER Decisions_search_update AFTER UPDATE OF PublicPartyName, DocumentNumber, ViolationType, Content, DecisionDate ON Decisions BEGIN
          INSERT INTO DecisionSearch(DecisionSearch, rowid, PublicPartyName, DocumentNumber, ViolationType, Content)
          VALUES ('delete', CAST(julianday(old.DecisionDate) - 1721425.5 AS INTEGER) * 4294967296 + old.Id,
                  old.PublicPartyName || ' ', old.DocumentNumber || ' ', old.ViolationType || ' ', old.Content || ' ');
          INSERT INTO DecisionSearch(rowid, PublicPartyName, DocumentNumber, ViolationType, Content)
          VALUES (CAST(julianday(new.DecisionDate) - 1721425.5 AS INTEGER) * 4294967296 + new.Id,
                  new.PublicPartyName || ' ', new.DocumentNumber || ' ', new.ViolationType || ' ', new.Content || ' ');
        END;
        """;

    public const string DropSql = """
        DROP TRIGGER IF EXISTS Decisions_search_update;
        DROP TRIGGER IF EXISTS Decisions_search_delete;
        DROP TRIGGER IF EXISTS Decisions_search_insert;
        DROP TABLE IF EXISTS DecisionSearchVocab;
        DROP TABLE IF EXISTS DecisionSearch;
        """;

    public async Task<IReadOnlyList<DecisionKey>?> NewestAsync(PortalDbContext db, IReadOnlyList<string> terms, DateOnly? first, DateOnly? last,
        DecisionKey? before, int limit, CancellationToken cancellationToken)
    {
        var clauses = new List<string>();
        foreach (var term in terms.Select(t => t.ToLowerInvariant()))
        {
            if (term.Length >= 3)
            {
                clauses.Add(Quote(term));
                continue;
            }

            var upper = term + char.ConvertFromUtf32(0x10FFFF);
            var trigrams = await db.Database
                .SqlQuery<string>($"SELECT term AS Value FROM DecisionSearchVocab WHERE term >= {term} AND term < {upper} LIMIT {MaxExpansion}")
                .ToListAsync(cancellationToken);
            if (trigrams.Count >= MaxExpansion)
            {
                return null;
            }

            if (trigrams.Count == 0)
            {
                return [];
            }

            clauses.Add($"({string.Join(" OR ", trigrams.Select(Quote))})");
        }

        var match = string.Join(" AND ", clauses);
        var below = before is { } b ? Key(b.DecisionDate, b.Id) : long.MaxValue;
        below = last is { } l ? Math.Min(below, Key(l.AddDays(1), 0)) : below;
        var lowest = first is { } f ? Key(f, 0) : 0;
        var keys = await db.Database
            .SqlQuery<long>($"SELECT rowid AS Value FROM DecisionSearch WHERE DecisionSearch MATCH {match} AND rowid < {below} AND rowid >= {lowest} ORDER BY rowid DESC LIMIT {limit}")
            .ToListAsync(cancellationToken);
        return [.. keys.Select(k => new DecisionKey(DateOnly.FromDayNumber((int)(k >> 32)), k & 0xFFFF_FFFF))];
    }

    private static long Key(DateOnly date, long id) => ((long)date.DayNumber << 32) + id;

    private static string Quote(string term) => $"\"{term.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

/// <summary>SQL Server full-text (Chinese word breaker, LCID 2052): each term a phrase, all required, newest first.</summary>
public sealed class SqlServerDecisionKeywordIndex : IDecisionKeywordIndex
{
    public const string CreateCatalogSql = "CREATE FULLTEXT CATALOG DecisionCatalog;";

    public const string CreateIndexSql = """
        CREATE FULLTEXT INDEX ON Decisions (PublicPartyName LANGUAGE 2052, DocumentNumber LANGUAGE 2052, ViolationType LANGUAGE 2052, Content LANGUAGE 2052)
        KEY INDEX PK_Decisions ON DecisionCatalog WITH CHANGE_TRACKING AUTO;
        """;

    public async Task<IReadOnlyList<DecisionKey>?> NewestAsync(PortalDbContext db, IReadOnlyList<string> terms, DateOnly? first, DateOnly? last,
        DecisionKey? before, int limit, CancellationToken cancellationToken)
    {
        var condition = string.Join(" AND ", terms.Select(t => $"\"{t.Replace("\"", "\"\"", StringComparison.Ordinal)}\""));
        var (beforeDate, beforeId) = before is { } b ? (b.DecisionDate, b.Id) : (DateOnly.MaxValue, long.MaxValue);
        var (earliest, latest) = (first ?? DateOnly.MinValue, last ?? DateOnly.MaxValue);
        var rows = await db.Database.SqlQuery<KeyRow>($"""
            SELECT TOP ({limit}) DecisionDate, Id FROM Decisions
            WHERE CONTAINS((PublicPartyName, DocumentNumber, ViolationType, Content), {condition})
              AND DecisionDate BETWEEN {earliest} AND {latest}
              AND (DecisionDate < {beforeDate} OR (DecisionDate = {beforeDate} AND Id < {beforeId}))
            ORDER BY DecisionDate DESC, Id DESC
            """).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new DecisionKey(r.DecisionDate, r.Id))];
    }

    private sealed class KeyRow
    {
        public DateOnly DecisionDate { get; set; }

        public long Id { get; set; }
    }
}
