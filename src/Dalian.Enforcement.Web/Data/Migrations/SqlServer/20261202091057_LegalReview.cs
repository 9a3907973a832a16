using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalian.Enforcement.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LegalReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MajorFlag",
                table: "Cases",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MajorFlagReason",
                table: "Cases",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LegalQualificationNumber",
                table: "AspNetUsers",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "LegalQualifiedOn",
                table: "AspNetUsers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OfficerId",
                table: "AspNetUsers",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewingSince",
                table: "AspNetUsers",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LegalReviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Stamp = table.Column<int>(type: "int", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    AgencyId = table.Column<int>(type: "int", nullable: false),
                    Round = table.Column<int>(type: "int", nullable: false),
                    DecisionId = table.Column<long>(type: "bigint", nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    MajorBasis = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CatalogueVersion = table.Column<int>(type: "int", nullable: true),
                    Materials = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    MaterialsSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ContentSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DeadlineId = table.Column<long>(type: "bigint", nullable: true),
                    ReviewerUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ReviewerName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ReviewerQualification = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    AssignedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    MaterialsRequest = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    MaterialsRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MaterialsSuppliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ExtensionApprover = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ChecklistJson = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Opinion = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Reasons = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    OpinionNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    OpinionYear = table.Column<int>(type: "int", nullable: true),
                    OpinionSequence = table.Column<int>(type: "int", nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConcludedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalReviews_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LegalReviews_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LegalReviews_Deadlines_DeadlineId",
                        column: x => x.DeadlineId,
                        principalTable: "Deadlines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LegalReviews_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OfficerId",
                table: "AspNetUsers",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalReviews_AgencyId_OpinionYear_OpinionSequence",
                table: "LegalReviews",
                columns: new[] { "AgencyId", "OpinionYear", "OpinionSequence" },
                unique: true,
                filter: "[OpinionYear] IS NOT NULL AND [OpinionSequence] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LegalReviews_AgencyId_State",
                table: "LegalReviews",
                columns: new[] { "AgencyId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalReviews_CaseId_Round",
                table: "LegalReviews",
                columns: new[] { "CaseId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegalReviews_DeadlineId",
                table: "LegalReviews",
                column: "DeadlineId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalReviews_DecisionId",
                table: "LegalReviews",
                column: "DecisionId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Officers_OfficerId",
                table: "AspNetUsers",
                column: "OfficerId",
                principalTable: "Officers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Officers_OfficerId",
                table: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "LegalReviews");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_OfficerId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "MajorFlag",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MajorFlagReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "LegalQualificationNumber",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "LegalQualifiedOn",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "OfficerId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ReviewingSince",
                table: "AspNetUsers");
        }
    }
}
