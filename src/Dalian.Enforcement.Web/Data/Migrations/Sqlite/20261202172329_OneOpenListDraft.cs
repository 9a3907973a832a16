using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalian.Enforcement.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OneOpenListDraft : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ListRevisions_OneOpen",
                table: "ListRevisions",
                columns: new[] { "AgencyId", "Kind" },
                unique: true,
                filter: "\"State\" <> 'Approved'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ListRevisions_OneOpen",
                table: "ListRevisions");
        }
    }
}
