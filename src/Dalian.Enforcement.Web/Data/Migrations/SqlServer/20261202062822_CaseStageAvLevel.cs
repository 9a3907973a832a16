using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalian.Enforcement.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CaseStageAvLevel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AvLevel",
                table: "CaseStages",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "NotNeeded"); // stages entered before the level was recorded: the list in force decides (CaseCompleteness)
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AvLevel",
                table: "CaseStages");
        }
    }
}
