using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalian.Enforcement.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchNormalForm : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IndexedText",
                table: "Decisions",
                type: "TEXT",
                nullable: true);

            // The search index now holds Decisions.IndexedText, the one normal form of the published text (Domain/Decisions/
            // SearchText.cs), instead of four raw columns; this is a copy of SqliteDecisionKeywordIndex.CreateSql as it ran (a test
            // compares the triggers in the database with it). Rows written before this column get it at start-up
            // (IndexedTextBackfill), and the update trigger indexes each as it is written.
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS Decisions_search_insert;
                DROP TRIGGER IF EXISTS Decisions_search_delete;
                DROP TRIGGER IF EXISTS Decisions_search_update;
                DROP TABLE IF EXISTS DecisionSearchVocab;
                DROP TABLE IF EXISTS DecisionSearch;
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
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            // Dropping the column rebuilds Decisions after the migration's SQL, which would drop any search triggers made here: the
            // earlier index cannot be brought back reliably. Restore the backup taken before upgrading instead.
            throw new NotSupportedException("SearchNormalForm cannot be reverted on SQLite: restore the database backup taken before the upgrade.");
    }
}
