using System.Runtime.CompilerServices;
using System.Text;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>A decision's place in the public order: newest decision date first, then highest id.</summary>
public readonly record struct DecisionKey(DateOnly DecisionDate, long Id);

/// <summary>A keyword search with the public filters, for one page.</summary>
public sealed record KeywordQuery(IReadOnlyList<string> Terms, DateOnly Today, int? Agency, EnforcementCategory? Category,
    DateOnly? First, DateOnly? Last, DecisionKey? Before, int Limit)
{
    /// <summary>One party's credit code (<see cref="DecisionSearch.OfParty"/>), or null.</summary>
    public string? Party { get; init; }

    /// <summary>
    /// <see cref="DecisionSearch.Public"/> and the filters in SQL, for the statements the full-text indexes run;
    /// every value is a parameter. A test compares both paths on the demo data.
    /// </summary>
    public string PublicSql(List<object> args)
    {
        string Arg(object value)
        {
            args.Add(value);
            return $"{{{args.Count - 1}}}";
        }

        var sql = new StringBuilder($"d.State = {Arg("Published")} AND d.InvolvesMinor = {Arg(false)} AND (d.PublicUntil IS NULL OR d.PublicUntil >= {Arg(Today)})");
        sql.Append(Agency is { } agency ? $" AND d.AgencyId = {Arg(agency)}" : "");
        sql.Append(Category is { } category ? $" AND d.Category = {Arg(category.ToString())}" : "");
        sql.Append(Party is { } party ? $" AND d.CreditCode = {Arg(party)} AND d.PartyKind <> {Arg(nameof(Domain.Decisions.PartyKind.NaturalPerson))}" : "");
        sql.Append(First is { } first ? $" AND d.DecisionDate >= {Arg(first)}" : "");
        sql.Append(Last is { } last ? $" AND d.DecisionDate <= {Arg(last)}" : "");
        sql.Append(Before is { } before ? $" AND (d.DecisionDate < {Arg(before.DecisionDate)} OR (d.DecisionDate = {Arg(before.DecisionDate)} AND d.Id < {Arg(before.Id)}))" : "");
        return sql.ToString();
    }
}

/// <summary>
/// The database's own full-text index over the published text of decisions (public party name,
/// document number, violation type, content, in the one normal form of <see cref="Domain.Decisions.SearchText"/>: Decisions.IndexedText): SQLite FTS5 with the trigram tokenizer on the embedded
/// database, SQL Server full-text on the production path. Never a LIKE over the table. See docs/adr/0010.
/// </summary>
public interface IDecisionKeywordIndex
{
    /// <summary>
    /// The ids of public decisions that match every term (each at least two characters) and the filters, newest
    /// first, at most <see cref="KeywordQuery.Limit"/>. Null when a term is too common for the index to answer
    /// it completely (the caller asks for a longer term).
    /// </summary>
    Task<IReadOnlyList<long>?> PublicMatchesAsync(PortalDbContext db, KeywordQuery query, CancellationToken cancellationToken);
}

/// <summary>
/// FTS5 trigram. The index's rowid is the decision's place in the public order (day number × 2³² + id), so one
/// statement walks the matches newest first, joins each to its decision, keeps the public ones that pass the
/// filters and stops when the page is full. A term of three or more characters is a phrase query. A trigram
/// index cannot match two characters directly, so a two-character term becomes the OR of the indexed trigrams
/// that begin with it (every indexed value ends with a space, so each two-character substring begins one).
/// </summary>
public sealed class SqliteDecisionKeywordIndex : IDecisionKeywordIndex
{
    /// <summary>A two-character term followed by this many different characters is refused as too broad, never cut short.</summary>
    private const int MaxExpansion = 2000;

    /// <summary>
    /// The index and the triggers that keep it in step with Decisions, as the Decisions migration created them
    /// (the migration holds its own copy of this text). EF rebuilds a SQLite table for some schema changes and
    /// drops its triggers: a migration that rebuilds Decisions must create them again.
    /// </summary>
    public const string CreateSql = """
        CREATE VIRTUAL TABLE DecisionSearch USING fts5(IndexedText, content='', tokenize='trigram');
        CREATE VIRTUAL TABLE DecisionSearchVocab USING fts5vocab(DecisionSearch, 'row');
        CREATE TRIGGER Decisions_search_insert AFTER INSERT ON Decisions WHEN new.IndexedText IS NOT NULL BEGIN
          INSERT INTO DecisionSearch(rowid, IndexedText)
          VALUES (CAST(julianday(new.DecisionDate) - 1721425.5 AS INTEGER) * 4294967296 + new.Id, new.IndexedText || ' ');
        END;
        CREATE TRIGGER Decisions_search_delete AFTER DELETE ON Decisions WHEN old.IndexedText IS NOT NULL BEGIN
          INSERT INTO DecisionSearch(DecisionSearch, rowid, IndexedText)
          VALUES ('delete', CAST(julianday(old.DecisionDate) - 1721425.5 AS INTEGER) * 4294967296 + old.Id, old.IndexedText || ' ');
        END;
        CREATE TRIGGER Decisions_search_update AFTER UPDATE OF IndexedText, DecisionDate ON Decisions BEGIN
          INSERT INTO DecisionSearch(DecisionSearch, rowid, IndexedText)
          SELECT 'delete', CAST(julianday(old.DecisionDate) - 1721425.5 AS INTEGER) * 4294967296 + old.Id, old.IndexedText || ' '
          WHERE old.IndexedText IS NOT NULL;
          INSERT INTO DecisionSearch(rowid, IndexedText)
          SELECT CAST(julianday(new.DecisionDate) - 1721425.5 AS INTEGER) * 4294967296 + new.Id, new.IndexedText || ' '
          WHERE new.IndexedText IS NOT NULL;
        END;
        """;

    public async Task<IReadOnlyList<long>?> PublicMatchesAsync(PortalDbContext db, KeywordQuery query, CancellationToken cancellationToken)
    {
        var clauses = new List<string>();
        foreach (var term in query.Terms.Select(t => t.ToLowerInvariant()))
        {
            if (DecisionSearch.Length(term) >= 3)
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

        var args = new List<object> { string.Join(" AND ", clauses) };
        var below = query.Before is { } b ? Key(b.DecisionDate, b.Id) : long.MaxValue;
        below = query.Last is { } last && last < DateOnly.MaxValue ? Math.Min(below, Key(last.AddDays(1), 0)) : below;
        args.Add(below);
        args.Add(query.First is { } first ? Key(first, 0) : 0L);
        var filters = query.PublicSql(args);
        args.Add(query.Limit);
        var sql = $$"""
            SELECT d.Id AS Value FROM DecisionSearch JOIN Decisions AS d ON d.Id = (DecisionSearch.rowid & 4294967295)
            WHERE DecisionSearch MATCH {0} AND DecisionSearch.rowid < {1} AND DecisionSearch.rowid >= {2} AND {{filters}}
            ORDER BY DecisionSearch.rowid DESC LIMIT {{{args.Count - 1}}}
            """;
        return await db.Database.SqlQuery<long>(FormattableStringFactory.Create(sql, [.. args])).ToListAsync(cancellationToken);
    }

    private static long Key(DateOnly date, long id) => ((long)date.DayNumber << 32) + id;

    private static string Quote(string term) => $"\"{term.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

/// <summary>
/// SQL Server full-text (Chinese word breaker, LCID 2052; the catalog and index are made by the SQL Server
/// Decisions migration): each term a phrase, all required, newest first.
/// </summary>
public sealed class SqlServerDecisionKeywordIndex : IDecisionKeywordIndex
{
    public async Task<IReadOnlyList<long>?> PublicMatchesAsync(PortalDbContext db, KeywordQuery query, CancellationToken cancellationToken)
    {
        // A double quote would end the phrase; the word breaker drops it anyway.
        var condition = string.Join(" AND ", query.Terms.Select(t => $"\"{t.Replace("\"", "", StringComparison.Ordinal)}\""));
        var args = new List<object> { query.Limit, condition };
        var filters = query.PublicSql(args);
        var sql = $$"""
            SELECT TOP ({0}) d.Id AS Value FROM Decisions AS d
            WHERE CONTAINS(d.IndexedText, {1}) AND {{filters}}
            ORDER BY d.DecisionDate DESC, d.Id DESC
            """;
        return await db.Database.SqlQuery<long>(FormattableStringFactory.Create(sql, [.. args])).ToListAsync(cancellationToken);
    }
}
