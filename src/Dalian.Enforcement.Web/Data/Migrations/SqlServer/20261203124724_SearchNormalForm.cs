using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalian.Enforcement.Web.Data.Migrations.SqlServer
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
                type: "nvarchar(max)",
                nullable: true);

            // The full-text index now covers Decisions.IndexedText, the one normal form of the published text (Domain/Decisions/
            // SearchText.cs); rows written before it get it at start-up (IndexedTextBackfill). Full-text DDL cannot run in a transaction.
            migrationBuilder.Sql("IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID('Decisions')) DROP FULLTEXT INDEX ON Decisions;",
                suppressTransaction: true);
            migrationBuilder.Sql("""
                CREATE FULLTEXT INDEX ON Decisions (IndexedText LANGUAGE 2052)
                KEY INDEX PK_Decisions ON DecisionCatalog WITH CHANGE_TRACKING AUTO;
                """, suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FULLTEXT INDEX ON Decisions;", suppressTransaction: true);
            migrationBuilder.Sql("""
                CREATE FULLTEXT INDEX ON Decisions (PublicPartyName LANGUAGE 2052, DocumentNumber LANGUAGE 2052, ViolationType LANGUAGE 2052, Content LANGUAGE 2052)
                KEY INDEX PK_Decisions ON DecisionCatalog WITH CHANGE_TRACKING AUTO;
                """, suppressTransaction: true);

            migrationBuilder.DropColumn(
                name: "IndexedText",
                table: "Decisions");
        }
    }
}
