using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalian.Enforcement.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CasesSearchTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The Cases migration adds Decisions.CaseId's foreign key by rebuilding Decisions, which drops its search
            // triggers; a rebuild runs after a migration's own SQL, so they are created again here, as they ran
            // (docs/adr/0010). The index rows stay, keyed by decision date and id.
            migrationBuilder.Sql("""
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
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
