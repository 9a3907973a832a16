using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dalian.Enforcement.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MajorFlagReason",
                table: "Cases",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LegalQualificationNumber",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "LegalQualifiedOn",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OfficerId",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewingSince",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LegalReviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Stamp = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionId = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MajorBasis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CatalogueVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Materials = table.Column<byte[]>(type: "BLOB", nullable: false),
                    MaterialsSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DeadlineId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewerUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ReviewerQualification = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AssignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MaterialsRequest = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MaterialsRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MaterialsSuppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ExtensionApprover = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ChecklistJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OpinionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OpinionYear = table.Column<int>(type: "INTEGER", nullable: true),
                    OpinionSequence = table.Column<int>(type: "INTEGER", nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConcludedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                unique: true);

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
